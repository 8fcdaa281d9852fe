# __getstate__/__setstate__ choose what is pickled and how it is restored.
import copy
import pickle


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['socket']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = 'reconnected'


c = Conn('example.org')
for proto in (0, 1, 2, 5):
    r = pickle.loads(pickle.dumps(c, proto))
    print(proto, r.host, r.socket)
print(copy.copy(c).socket, copy.deepcopy(c).socket)


class Falsy:
    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        print('setstate', state)


print(type(pickle.loads(pickle.dumps(Falsy(), 2))).__name__)
copy.copy(Falsy())
