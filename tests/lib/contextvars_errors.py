# Errors of the contextvars API.
import contextvars as cv
v = cv.ContextVar("v")
other = cv.ContextVar("other")
t = v.set(1)
used = other.set(2)
other.reset(used)
def short(e):
    return type(e).__name__ + " " + str(e).split(" at 0x")[0]
ctx = cv.copy_context()
tests = [
    lambda: v.reset(1),
    lambda: v.reset(used),
    lambda: other.reset(used),
    lambda: other.reset(t),
    lambda: cv.Token(),
    lambda: cv.ContextVar(1),
    lambda: cv.ContextVar(),
    lambda: cv.ContextVar("a", 1),
    lambda: ctx[1],
    lambda: ctx[cv.ContextVar("q")],
    lambda: hash(ctx),
    lambda: cv.Context(1),
    lambda: cv.Context(x=1),
    lambda: ctx.run(),
    lambda: ctx.get(1),
    lambda: ctx.get(),
    lambda: 1 in ctx,
    lambda: ctx.run(ctx.run, print),
    lambda: v.get(1, 2),
    lambda: cv.Context().run(v.reset, t),
    lambda: ctx.run(lambda: 1 / 0),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(short(e))
try:
    class X(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
print(v.get())
v.reset(t)
print(v.get("gone"))
