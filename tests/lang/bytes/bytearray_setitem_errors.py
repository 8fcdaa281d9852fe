# Item assignment on bytearray: value range and index errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def s(k, v):
    ba = bytearray(b'abc')
    ba[k] = v
    return ba

class I:
    def __index__(self):
        return 66

t(lambda: s(0, 256))
t(lambda: s(0, -1))
t(lambda: s(0, 2**100))
t(lambda: s(0, b'x'))
t(lambda: s(0, 'x'))
t(lambda: s(0, 1.0))
t(lambda: s(0, None))
t(lambda: s(0, I()))
t(lambda: s(0, True))
t(lambda: s(3, 1))
t(lambda: s(-4, 1))
t(lambda: s(-3, 1))
t(lambda: s('0', 1))
t(lambda: s(1.0, 1))
t(lambda: s(2**100, 1))
t(lambda: s(None, 1))
t(lambda: bytearray(b'abc')[3])
t(lambda: bytearray(b'abc')[-4])
t(lambda: bytearray(b'abc')['x'])
