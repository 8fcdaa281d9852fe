# BaseExceptionGroup picks ExceptionGroup when it can; the exceptions become a tuple.
a = BaseExceptionGroup("m", [ValueError(1), TypeError(2)])
print(type(a).__name__, repr(a), a.exceptions, type(a.exceptions).__name__)
b = BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()])
print(type(b).__name__, repr(b))
c = ExceptionGroup("m", (OSError(3),))
print(type(c).__name__, repr(c), c.args)
d = BaseExceptionGroup("m", [BaseExceptionGroup("n", [GeneratorExit()])])
print(type(d).__name__, type(d.exceptions[0]).__name__)
e = BaseExceptionGroup("m", [ExceptionGroup("n", [ValueError()])])
print(type(e).__name__)
print(str(a), "|", str(ExceptionGroup("one", [ValueError()])), "|", str(ExceptionGroup("", [ValueError()])))
print(a.message, a.args)
print(isinstance(a, Exception), isinstance(b, Exception), isinstance(b, BaseException))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print([c.__name__ for c in ExceptionGroup.__bases__])
for attr in ("message", "exceptions"):
    try:
        setattr(a, attr, "x")
    except AttributeError as err:
        print(attr, "AttributeError", err)
a.extra = 5
print(a.extra, a.__dict__)
print(BaseExceptionGroup.__new__(ExceptionGroup, "x", [ValueError()]))
excs = [ValueError(1)]
f = ExceptionGroup("m", excs)
excs.append(TypeError())
print(len(f.exceptions))
