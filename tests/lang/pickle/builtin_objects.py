# Builtin and library objects round-trip through pickle and copy.
import pickle, copy
r = copy.copy(ValueError('a', 1)); print(type(r).__name__, r.args)
r = pickle.loads(pickle.dumps(KeyError('k'))); print(type(r).__name__, r.args)
class M(type):
    pass
class K(metaclass=M):
    __slots__ = ('v',)
k = K(); k.v = 2; print(k.v, type(K).__name__)
import collections
P = collections.namedtuple('P', 'x y')
print(pickle.loads(pickle.dumps(P(1, 2))), copy.copy(P(3, 4)))
print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1))))
print(pickle.loads(pickle.dumps({1, 2, 3})), pickle.loads(pickle.dumps(frozenset({1}))))
print(pickle.loads(pickle.dumps(range(3))), pickle.loads(pickle.dumps(slice(1, 2))))
print(pickle.loads(pickle.dumps(bytearray(b'ab'))), pickle.loads(pickle.dumps(3+4j)))
import enum
class Color(enum.Enum):
    RED = 1
print(pickle.loads(pickle.dumps(Color.RED)), copy.copy(Color.RED))
print(copy.deepcopy(collections.deque([1, [2]])), copy.copy(collections.Counter('aab')))
