# StopIteration.value carries a generator's return value
def g():
    yield 1
    return 'result'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(None).args)
def delegate():
    r = yield from g()
    print('got', r)
list(delegate())
e = StopIteration('v'); e.value = 'changed'
print(e.value, e.args)
def bad():
    raise StopIteration('inside')
    yield
try:
    next(bad())
except RuntimeError as err:
    print(type(err).__name__, err, repr(err.__cause__))
