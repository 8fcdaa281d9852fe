# and / or return one of their operands; not returns a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'default')
print([] and 'x', [0] and 'x', 'a' or 'b', 0 or '' or [] or None)
print(not 1, not 0, not '', not [1], not None)
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(3))
print(t(0) or t(0) or t(5) or t(6))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, not 1 or 2, not (1 or 2))
x = None
print(x is not None and x > 0)
name = ''
print(name or 'anonymous')
print(type(not 5).__name__)
