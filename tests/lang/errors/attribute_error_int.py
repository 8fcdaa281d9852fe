# AttributeError: 'int' object has no attribute 'append'
n = 5
print(n.bit_length())
n.append(6)
