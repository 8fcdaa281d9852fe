# Slots without __getstate__ cannot be pickled with protocols 0 and 1.
import pickle


class S:
    __slots__ = ('a',)


s = S()
s.a = 1
for proto in (0, 1):
    try:
        pickle.dumps(s, proto)
    except TypeError as e:
        print(proto, type(e).__name__, e)
print(pickle.loads(pickle.dumps(s, 2)).a)
s.__reduce_ex__(0)
