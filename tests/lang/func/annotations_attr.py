# __annotations__ collects parameter and return annotations
def f(a: int, b: "str" = "", *args: float, c: list, **kw: dict) -> bool:
    pass
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
g.__annotations__ = {"x": 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
