# Assigning items of float, bool and char formats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(16)
m = memoryview(b)
def s(fmt, v, i=0):
    view = m.cast(fmt)
    view[i] = v
    return view[i]

class Idx:
    def __index__(self):
        return 3

class Flt:
    def __float__(self):
        return 2.5

t(lambda: s('d', 1.5))
t(lambda: s('d', 3))
t(lambda: s('d', True))
t(lambda: s('d', Idx()))
t(lambda: s('d', Flt()))
t(lambda: s('d', float('inf')))
t(lambda: s('d', float('nan')))
t(lambda: s('d', 2**2000))
t(lambda: s('d', 'x'))
t(lambda: s('d', '1.5'))
t(lambda: s('d', 1j))
t(lambda: s('d', None))
t(lambda: s('f', 0.1))
t(lambda: s('f', 1e300))
t(lambda: s('f', -1e300))
t(lambda: s('f', 2**2000))
t(lambda: s('f', []))
t(lambda: s('?', []))
t(lambda: s('?', 'x'))
t(lambda: s('?', 0))
t(lambda: s('?', 2))
t(lambda: s('c', b'x'))
t(lambda: s('c', b'xy'))
t(lambda: s('c', b''))
t(lambda: s('c', 'x'))
t(lambda: s('c', 120))
t(lambda: s('c', bytearray(b'x')))
t(lambda: s('B', b'x'))
t(lambda: s('b', -1.0))
print(bytes(b))
