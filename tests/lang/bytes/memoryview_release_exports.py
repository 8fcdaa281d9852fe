# Views export a bytearray's buffer: resizing fails until every view is released.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'abcd')
with memoryview(ba) as v:
    w = v.cast('h')
    s = v[1:3]
    t(lambda: ba.append(1))
t(lambda: v.nbytes)
t(lambda: ba.append(1))
t(lambda: w.tolist())
w.release()
t(lambda: ba.append(1))
s.release()
t(lambda: ba.append(1))
print(ba)
m = memoryview(ba)
m2 = memoryview(m)
m.release()
t(lambda: ba.extend(b'x'))
print(m2.obj is ba, m2.tolist())
del m2
t(lambda: ba.extend(b'x'))
print(ba)
r = memoryview(ba).toreadonly()
t(lambda: ba.pop())
print(r.readonly, r.obj is ba)
del r
t(lambda: ba.pop())
print(ba)
# exports from a slice of a cast view
c = memoryview(ba).cast('B', shape=[1, 7])
t(lambda: ba.clear())
c.release()
t(lambda: ba.clear())
print(ba)
