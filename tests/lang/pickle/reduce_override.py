# A class's own __reduce__ / __reduce_ex__ decide how it is rebuilt.
import copy
import pickle


def rebuild(value):
    return Doubled(value * 2)


class Doubled:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (rebuild, (self.v,))


print(pickle.loads(pickle.dumps(Doubled(2), 2)).v, copy.copy(Doubled(5)).v)


class Proto:
    def __reduce_ex__(self, protocol):
        print('protocol', protocol)
        return (Proto, ())


pickle.dumps(Proto(), 1)
pickle.dumps(Proto(), 4)
copy.copy(Proto())

SINGLETON = None


class Single:
    def __reduce__(self):
        return 'SINGLETON'


SINGLETON = Single()
print(pickle.loads(pickle.dumps(SINGLETON)) is SINGLETON, copy.copy(SINGLETON) is SINGLETON)
