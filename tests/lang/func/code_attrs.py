# __code__ attributes of a plain function
def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    y = a + b
    return x + y

co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames[:7])
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(type(co).__name__)
print(co.co_qualname)
