# coroutines are not iterators and can't be used with yield from in plain generators
async def c():
    return 1
co = c()
try:
    iter(co)
except TypeError as e:
    print(e)
try:
    next(co)
except TypeError as e:
    print(e)
def g():
    yield from co
try:
    list(g())
except TypeError as e:
    print(e)
co.close()
