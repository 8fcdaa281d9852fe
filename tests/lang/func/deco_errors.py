# errors raised inside and by decorators
def bad(fn):
    raise ValueError("deco failed for " + fn.__name__)
try:
    @bad
    def f():
        pass
except ValueError as e:
    print(e)
try:
    @5
    def g():
        pass
except TypeError as e:
    print(e)
print("g" in globals(), "f" in globals())
