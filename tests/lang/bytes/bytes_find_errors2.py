# Errors of the search methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in (b'abc', bytearray(b'abc')):
    t(lambda: s.index(b'x'))
    t(lambda: s.rindex(b'x'))
    t(lambda: s.index(120))
    t(lambda: s.find(256))
    t(lambda: s.find(-1))
    t(lambda: s.find('a'))
    t(lambda: s.count(None))
    t(lambda: s.find(b'a', 'x'))
    t(lambda: s.find(b'a', 0, 1.5))
    t(lambda: s.startswith('a'))
    t(lambda: s.startswith([b'a']))
    t(lambda: s.endswith((b'a', 'c')))
    t(lambda: s.startswith(97))
    t(lambda: 256 in s)
    t(lambda: 'a' in s)
    t(lambda: [97] in s)
    t(lambda: s.find())
