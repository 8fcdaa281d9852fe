# A coroutine that is never awaited warns; with origin tracking on, the
# warning says where it was created.
import sys
import warnings


async def coro():
    pass


def make():
    return coro()


sys.set_coroutine_origin_tracking_depth(1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = make()
    del c
for x in w:
    lines = str(x.message).splitlines()
    print(x.category.__name__, lines[0])
    print(lines[1])
    print(lines[2].strip().split(',')[1:], lines[3].strip())
