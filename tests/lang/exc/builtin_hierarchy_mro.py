# The __mro__ of every builtin exception
import builtins
excs = sorted((v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)),
              key=lambda c: c.__name__)
for c in excs:
    print(c.__name__, [k.__name__ for k in c.__mro__[1:]])
print(len(excs))
