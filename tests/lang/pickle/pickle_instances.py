# Plain and slotted instances round-trip through every pickle protocol.
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2, 'three']


class Slotted:
    __slots__ = ('u', 'v', '__weakref__')

    def __getstate__(self):
        return {'u': self.u}

    def __setstate__(self, state):
        self.u = state['u']


s = Slotted()
s.u = 'you'
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(Plain(), proto))
    q = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(p).__name__, p.__dict__, q.u, hasattr(q, 'v'))
