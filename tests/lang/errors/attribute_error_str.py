# AttributeError: 'str' object has no attribute 'push'
s = "abc"
print(s.upper())
s.push("d")
