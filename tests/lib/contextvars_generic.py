# Typing helpers and the module surface.
import contextvars, _contextvars
print(contextvars.ContextVar[int], contextvars.Token[str])
print(sorted(n for n in dir(_contextvars) if not n.startswith("__")))
print(contextvars.Context is _contextvars.Context, contextvars.copy_context is _contextvars.copy_context)
print(contextvars.ContextVar.__module__ if hasattr(contextvars.ContextVar, "__module__") else None)
# A context entered by run() cannot be entered again, even from inside.
ctx = contextvars.copy_context()
def reenter():
    try:
        ctx.run(print, "never")
    except RuntimeError as e:
        return str(e).split(" at ")[0]
print(ctx.run(reenter))
# After an exception in run() the outer context is current again.
v = contextvars.ContextVar("v", default=0)
def boom():
    v.set(5)
    raise ValueError("x")
try:
    contextvars.copy_context().run(boom)
except ValueError:
    print("raised", v.get())
