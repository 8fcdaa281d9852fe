# Exceptions pickle and copy as (type, args) plus their attributes.
import copy
import pickle


class AppError(Exception):
    pass


class Coded(Exception):
    __slots__ = ('code',)


e = AppError('failed', 42)
e.detail = 'more'
for proto in (0, 2, 5):
    r = pickle.loads(pickle.dumps(e, proto))
    print(proto, type(r).__name__, r.args, r.detail)
print(copy.copy(ValueError('v')).args, copy.deepcopy(KeyError('k', [1])).args)
print(e.__reduce__()[0].__name__, e.__reduce__()[1:], ValueError().__reduce__()[1:])
c = Coded('x')
c.code = 3
print(copy.copy(c).args, hasattr(copy.copy(c), 'code'))
try:
    e.__setstate__([1])
except TypeError as err:
    print(type(err).__name__, err)
e.__setstate__(None)
e.__setstate__({'extra': 1})
print(e.extra)
