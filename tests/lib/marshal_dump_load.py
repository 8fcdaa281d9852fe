# marshal.dump/load on files: objects written one after another load back in
# order (the file position ends just past each object), with versions, and
# file errors as CPython reports them.
import io
import marshal
import os
import tempfile

b = io.BytesIO()
marshal.dump([1, 2.5, 'x', (None, True)], b)
marshal.dump({'k': b'v'}, b, 2)
marshal.dump(frozenset({3}), b)
b.seek(0)
print(marshal.load(b), marshal.load(b), marshal.load(b), b.read())
try:
    marshal.load(b)
except EOFError as e:
    print('EOFError', e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.marshal')
    with open(path, 'wb') as f:
        for v in (1, 'two', [3], 2**100, 1j):
            marshal.dump(v, f)
        marshal.dump(compile('x + 1', 'f', 'eval'), f)
    with open(path, 'rb') as f:
        vals = [marshal.load(f) for _ in range(5)]
        code = marshal.load(f)
        print(vals, eval(code, {'x': 41}), f.read())


class Stream:
    # A file object that can't seek, holding one object.
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        n = len(self.data) if n < 0 else n
        data, self.data = self.data[:n], self.data[n:]
        return data

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)


print(marshal.load(Stream(marshal.dumps((7, 8)))))

for args in [(1, 5), (), (1,), (1, io.BytesIO(), 'v')]:
    try:
        marshal.dump(*args)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for f in (5, io.StringIO('abc'), io.BytesIO(b'\x00'), io.BytesIO(b'')):
    try:
        marshal.load(f)
    except (AttributeError, TypeError, ValueError, EOFError) as e:
        print(type(e).__name__, e)
try:
    marshal.dump(object(), io.BytesIO())
except ValueError as e:
    print('ValueError', e)
