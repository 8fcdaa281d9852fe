# Errors of replace and join.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in (b'abc', bytearray(b'abc')):
    t(lambda: s.replace('a', b'b'))
    t(lambda: s.replace(b'a', 'b'))
    t(lambda: s.replace(b'a', b'b', 'x'))
    t(lambda: s.replace(b'a', b'b', 1.0))
    t(lambda: s.replace(b'a'))
    t(lambda: s.replace(old=b'a', new=b'b'))
    t(lambda: s.join([b'a', 'b']))
    t(lambda: s.join([1]))
    t(lambda: s.join(5))
    t(lambda: s.join(None))
    t(lambda: s.join([b'a', None]))
