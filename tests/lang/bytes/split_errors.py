# split and join errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'a b'.split('x'))
t(lambda: b'a b'.split(b''))
t(lambda: b'a b'.rsplit(b''))
t(lambda: b'a b'.split(b' ', 'x'))
t(lambda: b'a b'.split(1, 2, 3))
t(lambda: b'a b'.split(x=1))
t(lambda: b'-'.join([1]))
t(lambda: b'-'.join([b'a', 'b']))
t(lambda: b'-'.join(5))
t(lambda: b'-'.join())
t(lambda: b'a'.splitlines(1, 2))
t(lambda: b'a'.partition(b''))
t(lambda: b'a'.rpartition('a'))
