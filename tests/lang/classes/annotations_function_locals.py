# Annotations of local variables are neither evaluated nor stored.
def f():
    x: undefined_name = 1
    y: also_undefined
    return x


print(f(), f.__annotations__)


def g(a: int, b: 'fwd' = 2, *args: str, c: bool, **kw: dict) -> list:
    return a


print(g.__annotations__)
print((lambda x: x).__annotations__)
