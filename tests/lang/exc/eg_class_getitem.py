# ExceptionGroup[...] is a types.GenericAlias (PEP 585), usable as a base class.
a = ExceptionGroup[int]
print(a, repr(a), type(a))
print(a.__origin__, a.__args__, a.__parameters__)
print(BaseExceptionGroup[int, str], ExceptionGroup[()], ExceptionGroup[...], ExceptionGroup[ExceptionGroup[int]])
print(ExceptionGroup[int] == ExceptionGroup[int], ExceptionGroup[int] != ExceptionGroup[str], hash(ExceptionGroup[int]) == hash(ExceptionGroup[int]))
e = ExceptionGroup[ValueError]("m", [ValueError(1)])
print(repr(e), e.__orig_class__)
print(a.__name__, a.split is ExceptionGroup.split)
class Sub(ExceptionGroup[ValueError]):
    pass
print(Sub.__mro__[:2], Sub.__orig_bases__)
class C: pass
print(ExceptionGroup[C], ExceptionGroup["x", 1])
print(isinstance(e, ExceptionGroup), type(e).__name__)
print(Sub("s", [TypeError()]).__class__.__name__, issubclass(Sub, Exception))
