# sys.set_coroutine_origin_tracking_depth: coroutines record where they were
# created in cr_origin (filename, line, function), up to `depth` frames.
import sys


async def coro():
    return 1


def make():
    return coro()


def outer():
    return make()


print(sys.get_coroutine_origin_tracking_depth())
c = coro()
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(f.rsplit('/', 1)[-1], line, name) for f, line, name in c.cr_origin])
c.close()

sys.set_coroutine_origin_tracking_depth(depth=10)
c = outer()
print([name for _, _, name in c.cr_origin])
c.close()

sys.set_coroutine_origin_tracking_depth(0)
c = outer()
print(c.cr_origin)
c.close()

for bad in (-1, 'x', 2**70):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
