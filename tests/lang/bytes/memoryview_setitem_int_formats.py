# Assigning items of integer formats: ranges and the errors CPython gives.
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
    return view[i], bytes(b[:8])

class Idx:
    def __index__(self):
        return 7

for fmt, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -2**15, 2**15 - 1), ('H', 0, 2**16 - 1),
                    ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
    t(lambda: s(fmt, lo))
    t(lambda: s(fmt, hi))
    t(lambda: s(fmt, lo - 1))
    t(lambda: s(fmt, hi + 1))
t(lambda: s('h', True))
t(lambda: s('h', Idx()))
t(lambda: s('h', 1.5))
t(lambda: s('h', '1'))
t(lambda: s('h', None))
t(lambda: s('h', 2**100))
t(lambda: s('q', -2**100))
t(lambda: s('h', 5, 8))
t(lambda: s('h', 5, -9))
t(lambda: s('i', 5, -4))
