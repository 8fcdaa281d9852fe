import contextlib
log = []
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): log.append("enter%d" % self.n); return self.n
    def __exit__(self, *a): log.append("exit%d" % self.n); return False
with contextlib.ExitStack() as st:
    vals = [st.enter_context(CM(i)) for i in range(3)]
    st.callback(log.append, "cb")
    @st.push
    def handler(et, ev, tb):
        log.append("push %s" % (et.__name__ if et else None))
    print(vals)
print(log)
log.clear()
with contextlib.ExitStack() as st:
    st.enter_context(CM(1))
    rest = st.pop_all()
print(log); rest.close(); print(log)
def swallow(*exc): return True
with contextlib.ExitStack() as st:
    st.push(swallow)
    raise ValueError("gone")
print("swallowed")
try:
    with contextlib.ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print("TypeError", e)
class Gen(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *e): print("exit"); return False
@Gen()
def g(): print("g body")
g()
with contextlib.chdir(".") if hasattr(contextlib, "chdir") else contextlib.nullcontext():
    print("chdir ok")
cm = contextlib.AbstractContextManager
print(issubclass(CM, cm), issubclass(int, cm))
