# Documented co_flags bits for generators, coroutines, async generators and varargs.
FLAGS = [("VARARGS", 0x04), ("VARKEYWORDS", 0x08), ("NESTED", 0x10), ("GENERATOR", 0x20),
         ("NOFREE", 0x40), ("COROUTINE", 0x80), ("ITERABLE_COROUTINE", 0x100), ("ASYNC_GENERATOR", 0x200)]
def bits(fn):
    f = fn.__code__.co_flags
    return [name for name, bit in FLAGS if f & bit]
def plain(a): return a
def star(*a, **k): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
for fn in (plain, star, gen, coro, agen):
    print(fn.__name__, bits(fn))
def outer():
    x = 1
    def nested(): return x
    return nested
print("nested", bits(outer()))
