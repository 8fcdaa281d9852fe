# io.StringIO / BytesIO pickling: __getstate__/__setstate__, their errors, copy and pickle round trips.
import io, pickle, copy
s = io.StringIO('a\r\nb', newline=None); s.read(1); s.x = 5
print(s.__getstate__())
print(io.StringIO('q').__getstate__(), io.StringIO('q', newline='').__getstate__(), io.StringIO('a\nb', newline='\r\n').__getstate__())
b = io.BytesIO(b'abc'); b.read(2); print(b.__getstate__()); b.y=1; print(b.__getstate__())
for bad in ((1,), (b'a', 'x', None), (b'a', 0, 5), (b'a', -1, None), 5):
    try: io.BytesIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in ((1,), ('a', None, 'x', None), ('a', None, 0, 5), ('a', None, -1, None), (5, None, 0, None), ('a', 'zz', 0, None)):
    try: io.StringIO().__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
for p in range(2, 6):
    c = pickle.loads(pickle.dumps(s, p)); print(repr(c.getvalue()), c.tell(), c.x)
    d = pickle.loads(pickle.dumps(b, p)); print(d.getvalue(), d.tell(), d.y, d.read())
w = io.StringIO('x\ny', newline='\r\n'); c = copy.deepcopy(w); print(repr(c.getvalue()), repr(c.read()))
c = copy.copy(io.BytesIO(b'zz')); print(c.getvalue())
