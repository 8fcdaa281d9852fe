# Errors of split, rsplit, partition and splitlines.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in (b'a b', bytearray(b'a b')):
    t(lambda: s.split(b''))
    t(lambda: s.rsplit(b''))
    t(lambda: s.split(' '))
    t(lambda: s.split(1))
    t(lambda: s.split(b' ', 'x'))
    t(lambda: s.split(b' ', 2**70))
    t(lambda: s.partition(b''))
    t(lambda: s.rpartition(''))
    t(lambda: s.partition(None))
    t(lambda: s.splitlines(1.5))
    t(lambda: s.split(sep=b' ', x=1))
    t(lambda: s.split(b' ', 1, 2))
