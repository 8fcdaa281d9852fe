# Each builtin exception's dunders name the type that defines them.
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
for n in names:
    t = getattr(builtins, n)
    row = [getattr(t, m).__qualname__ for m in ('__init__', '__new__', '__str__', '__repr__', '__reduce__')]
    print(n, row)
