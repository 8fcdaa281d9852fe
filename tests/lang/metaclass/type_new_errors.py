# type.__new__ and type() argument checking
class M(type): pass
for f in [lambda: type.__new__(M), lambda: type.__new__(M, 'X', (), 5),
          lambda: type.__new__(int, 'X', (), {}), lambda: type.__new__(M, 'X', [], {}),
          lambda: type('X', (), {}, extra=1), lambda: type(), lambda: M('X'),
          lambda: type.__init__(M, 'X', (), {}, 1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class Ok(type):
    pass
print(Ok('Dyn', (), {'a': 1}).a)
type('X', (), {}, 1)
