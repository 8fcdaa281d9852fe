# invalid throw() arguments
def g():
    yield
it = g()
next(it)
for args in [(5,), (int,), ("s",)]:
    try:
        it.throw(*args)
    except TypeError as e:
        print(e)
try:
    it.throw()
except TypeError as e:
    print(type(e).__name__)
