# Writes through views reach the bytearray; read-only views refuse them.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(8)
m = memoryview(ba)
q = m.cast('i')
q[0] = 0x01020304
q[-1] = -1
print(ba)
m[2:4] = b'zz'
print(ba, q.tolist())
ro = q.toreadonly()
print(ro.readonly, ro.tolist(), ro.format)
def w(v, k, x):
    v[k] = x
t(lambda: w(ro, 0, 1))
t(lambda: w(ro, slice(0, 1), memoryview(b'\0\0\0\0').cast('i')))
t(lambda: w(memoryview(b'abcd').cast('i'), 0, 1))
t(lambda: w(memoryview(b'ab').cast('B', shape=[2, 1]), (0, 0), 1))
t(lambda: w(memoryview(ba).cast('B', shape=[2, 4]), (1, 3), 255))
print(ba)
print(memoryview(ro).readonly, memoryview(ro).cast('B').readonly, ro[::2].readonly)
