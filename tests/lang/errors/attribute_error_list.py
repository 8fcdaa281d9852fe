# AttributeError: 'list' object has no attribute 'push'
stack = []
stack.append(1)
print(stack)
stack.push(2)
