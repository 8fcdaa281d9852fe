# FunctionType built from a code object
FunctionType = type(lambda: 0)
def src(a, b=3):
    return a * b + K
g = FunctionType(src.__code__, {"K": 100})
print(g(2, 5))
g2 = FunctionType(src.__code__, {"K": 1}, "renamed", (7,))
print(g2.__name__, g2(2))
try:
    FunctionType(src.__code__, 5)
except TypeError as e:
    print(type(e).__name__)
