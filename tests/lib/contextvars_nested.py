# Nested Context.run calls, copies taken inside run(), generators and tokens.
import contextvars as cv
depth = cv.ContextVar("depth", default=0)
log = []
def enter(n):
    depth.set(depth.get() + 1)
    log.append(depth.get())
    if n:
        cv.copy_context().run(enter, n - 1)
    log.append(depth.get())
cv.copy_context().run(enter, 3)
print(log, depth.get())
var = cv.ContextVar("var", default="outer")
def gen():
    yield var.get()
    var.set("in-gen")
    yield var.get()
g = gen()
print(next(g))
ctx = cv.copy_context()
print(ctx.run(next, g), var.get(), ctx[var])
tok = var.set("top")
c2 = cv.copy_context()
print(c2[var], c2.run(var.get))
def reset_elsewhere():
    try:
        var.reset(tok)
    except ValueError as e:
        return "ValueError " + str(e).split(" at 0x")[0]
print(c2.run(reset_elsewhere))
var.reset(tok)
print(var.get(), c2[var])
calls = []
class Obj:
    def __call__(self, *a, **k):
        calls.append((a, sorted(k.items()), var.get()))
        return len(calls)
print(cv.Context().run(Obj(), 1, 2, key="v"), calls)
