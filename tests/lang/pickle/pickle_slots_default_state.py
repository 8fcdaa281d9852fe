# With protocol 2+, slots without __getstate__ pickle through object.__getstate__.
import pickle


class S:
    __slots__ = ('a', 'b')


class SD(S):
    pass


s = SD()
s.a = 1
s.extra = 'e'
print(s.__getstate__())
for proto in (2, 3, 4, 5):
    r = pickle.loads(pickle.dumps(s, proto))
    print(proto, r.a, hasattr(r, 'b'), r.__dict__)
t = S()
print(t.__getstate__())
print(pickle.loads(pickle.dumps(t, 4)).__class__.__name__)
