# memoryview: slicing, tobytes, tolist, cast B/b/c, release, context manager, errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
m = memoryview(b'abcdef')
m[1], m[-1], m[1:3].tobytes(), m[::2].tolist(), len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides
m.tobytes(), m.tolist()[:3], bytes(m[2:4]), m == b'abcdef', m[1:3] == b'bc', m.hex(), m.hex(':'), m.cast('b').tolist()[:2], m.cast('c')[0]
m[0] = 1
m.cast('x')
b = bytearray(b'xyz'); mv = memoryview(b); mv[0] = 65; mv[1:3] = b'BC'; b, mv.readonly
mv[0] = 256
mv[0] = b'a'
mv[0:2] = b'abc'
b.append(1)
mv.release(); mv.release(); repr(mv)[:22]
mv[0]
len(mv)
with memoryview(b'q') as w: w.tobytes()
w.tobytes()
b.append(1), b
memoryview(5)
memoryview('abc')
memoryview(b'ab').cast('B', (2, 1)).tolist() if False else 0
m2 = memoryview(bytearray(b'\x01\x02\x03\x04')).cast('b'); m2.tolist(), m2.format
memoryview(b'ab')[5]
memoryview(b'ab')['x']
hash(memoryview(b'ab')) == hash(b'ab')
hash(memoryview(bytearray(b'ab')))
list(memoryview(b'hi')), b'h' in memoryview(b'hi') if False else 104 in memoryview(b'hi'), memoryview(b'ab').obj
''')
