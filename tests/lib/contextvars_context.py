# Context: the mapping protocol, copies, run() isolation.
import contextvars as cv
a = cv.ContextVar("a")
b = cv.ContextVar("b", default="B")
ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), list(ctx), a in ctx, ctx.get(a), ctx.get(a, 0), ctx.get(b, 9))
try:
    ctx.get(key=b)
except TypeError as e:
    print(e)
a.set(1)
print(len(ctx), a in ctx, a in cv.copy_context(), cv.copy_context()[a])
def work(x, *, y=0):
    a.set(x + y)
    b.set("changed")
    inner = cv.copy_context()
    return a.get(), b.get(), len(inner), inner[a]
snap = cv.copy_context()
print(snap.run(work, 10, y=5))
print(a.get(), b.get(), snap[a], snap[b], len(snap))
print(sorted(snap.values(), key=str), sorted((k.name, v) for k, v in snap.items()), sorted(k.name for k in snap.keys()))
print(sorted(k.name for k in snap))
again = snap.copy()
print(again == snap, again is snap, again[a])
print(cv.Context() == cv.Context(), snap == cv.copy_context(), snap != cv.copy_context(), snap == 1)
empty = cv.Context()
print(len(empty), empty.run(lambda: a.get("none here")), a.get())
def nested():
    a.set(100)
    return cv.Context().run(lambda: a.get("fresh")), a.get()
print(cv.copy_context().run(nested), a.get())
