# ContextVar get/set/reset, defaults, Token attributes.
import contextvars as cv
v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(v.name, w.name, v.get(), v.get(5), w.get(7), w.get(None))
try:
    w.get()
except LookupError as e:
    print("LookupError", str(e).startswith("<ContextVar name='w' at 0x"))
t = w.set(3)
print(w.get(), w.get(7), t.var is w, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
t2 = w.set(4)
print(w.get(), t2.old_value)
w.reset(t2)
print(w.get())
w.reset(t)
print(w.get(None))
t3 = v.set(10)
print(v.get(), t3.old_value)
v.reset(t3)
print(v.get())
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(repr(t).startswith("<Token used var=<ContextVar name='w' at 0x"))
print(hash(v) == hash(v), v == v, v != w, cv.ContextVar("v") == v)
print(cv.ContextVar("d", default=None).get())
try:
    cv.ContextVar(name="kw")
except TypeError as e:
    print(e)
