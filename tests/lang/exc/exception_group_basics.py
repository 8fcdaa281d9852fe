# ExceptionGroup as an object: message, exceptions, subgroup/split, str/repr
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
print(str(eg), repr(eg), eg.message, eg.exceptions)
vals = eg.subgroup(ValueError)
print(repr(vals), eg.subgroup(KeyError))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
