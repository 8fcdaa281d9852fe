# Code objects compare and hash consistently; repr mentions the name; immutable.
def f(): return 1
co = f.__code__
print(co == f.__code__, hash(co) == hash(f.__code__))
print(repr(co).startswith("<code object f at "))
try:
    co.co_name = "x"
except AttributeError as e:
    print("AttributeError")
g = type(f)(co, {})
print(g(), g.__name__)
print(co.replace(co_name="renamed").co_name, co.co_name)
