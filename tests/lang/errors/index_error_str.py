# IndexError: string index out of range
s = "abc"
print(s[2])
print(s[10])
