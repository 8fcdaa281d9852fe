# errors from the search methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'abc'.find('a'))
t(lambda: b'abc'.find(None))
t(lambda: b'abc'.count(256))
t(lambda: b'abc'.count(-1))
t(lambda: b'abc'.index(b'z'))
t(lambda: b'abc'.rindex(b'z'))
t(lambda: bytearray(b'abc').index(b'b', 2))
t(lambda: b'abc'.find())
t(lambda: b'abc'.find(b'a', 1, 2, 3))
t(lambda: b'abc'.find(b'a', 'x'))
t(lambda: b'abc'.startswith('a'))
t(lambda: b'abc'.endswith(['a']))
t(lambda: b'abc'.startswith((b'a', 'b')))
t(lambda: b'abc'.startswith())
t(lambda: b'abc'.count(b'a', end=2))
