# __str__/__repr__/__format__/__bytes__ returning the wrong type
class BadStr:
    def __str__(self): return 5
class BadRepr:
    def __repr__(self): return None
class BadFormat:
    def __format__(self, spec): return 1.5
class BadBytes:
    def __bytes__(self): return 'text'
tests = [lambda: str(BadStr()), lambda: repr(BadRepr()), lambda: format(BadFormat()),
         lambda: bytes(BadBytes()), lambda: f'{BadStr()!s}', lambda: print(BadStr()),
         lambda: '%s' % BadStr(), lambda: [BadRepr()].__repr__(), lambda: f'{BadFormat()}']
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
str(BadRepr())
