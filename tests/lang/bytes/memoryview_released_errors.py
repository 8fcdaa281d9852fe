# Every operation on a released view raises ValueError (except release and repr).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcd').cast('h')
m.release()
t(lambda: m.cast('B'))
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.nbytes)
t(lambda: m.ndim)
t(lambda: m.obj)
t(lambda: m.readonly)
t(lambda: m.contiguous)
t(lambda: m.c_contiguous)
t(lambda: m.suboffsets)
t(lambda: m.tolist())
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: m.toreadonly())
t(lambda: m[0])
t(lambda: len(m))
t(lambda: list(m))
t(lambda: bytes(m))
t(lambda: bytearray(m))
t(lambda: memoryview(m))
t(lambda: m.__enter__())
t(lambda: b'x' + m)
t(lambda: m.release())
t(lambda: repr(m).startswith('<released memory at 0x'))
def s():
    m[0] = 1
t(s)
