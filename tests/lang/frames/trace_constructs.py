# Tracing with, class bodies, comprehensions, if/else with pass, generator throw/close, assert, exec.
import sys
log = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def body():
    with CM() as c:
        x = 1
        raise ValueError
    class Inner:
        a = 1
        def m(self):
            return 2
    y = [i for i in range(2) if i]
    z = {k: v for k, v in [(1, 2)]}
    if x:
        pass
    else:
        x = 3
    def g():
        try:
            yield 1
        except KeyError:
            yield 2
    it = g()
    next(it)
    it.throw(KeyError)
    it.close()
    assert x == 1
    return x
sys.settrace(tracer)
body()
exec("a = 1\nb = a + 1\n")
sys.settrace(None)
for e in log:
    print(e)
