# __getnewargs__ supplies the arguments __new__ gets when unpickling or copying.
import copy
import pickle


class Coord:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.x, self.y = x, y
        self.created = True
        return self

    def __getnewargs__(self):
        return (self.x, self.y)


c = Coord(3, 4)
for proto in (2, 3, 4, 5):
    r = pickle.loads(pickle.dumps(c, proto))
    print(proto, r.x, r.y, r.created)
print(copy.copy(c).x, copy.deepcopy(c).y)
print(c.__reduce_ex__(2)[1][1:])
