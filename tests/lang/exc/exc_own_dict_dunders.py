import builtins
for n in sorted(dir(builtins)):
    t = getattr(builtins, n)
    if isinstance(t, type) and issubclass(t, BaseException):
        own = [m for m in ('__init__', '__new__', '__str__', '__repr__', '__reduce__', '__setstate__')
               if m in t.__dict__]
        print(n, own)
