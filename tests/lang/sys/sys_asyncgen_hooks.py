# sys.set_asyncgen_hooks: firstiter sees each async generator on its first
# __anext__/asend/athrow/aclose; an unfinished one is handed to the finalizer
# when it dies instead of being closed.
import gc
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)

log = []


def firstiter(agen):
    log.append(('firstiter', agen.__name__))


def finalizer(agen):
    log.append(('finalizer', agen.__name__))


async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h[1] is finalizer)

g = agen()
print(log)
print(run(g.__anext__()))
print(log)
print(run(g.__anext__()))
del g
gc.collect()
print(log)

log.clear()
g2 = agen()
run(g2.asend(None))
sys.set_asyncgen_hooks(finalizer=None)
g3 = agen()
run(g3.__anext__())
del g2, g3
gc.collect()
print(log)

sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())

for args, kwargs in [((1,), {}), ((), {'finalizer': 'x'}), ((None, None, None), {}), ((), {'other': 1})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print(e)


def bad_firstiter(agen):
    raise ValueError('refused')


sys.set_asyncgen_hooks(firstiter=bad_firstiter)
g4 = agen()
try:
    g4.__anext__()
except ValueError as e:
    print('ValueError', e)
sys.set_asyncgen_hooks(None, None)
