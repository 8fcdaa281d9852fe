# Simple name assignment and rebinding
x = 1
print(x)
x = x + 1
print(x)
y = x
x = "changed"
print(x, y)
a = None
print(a)
b = True
print(b, not b)
big = 12345678901234567890
print(big)
f = 1.5
print(f)
s = 'hello'
print(s)
n = -7
print(n)
_private = 3
print(_private)
name_with_digits123 = 42
print(name_with_digits123)
