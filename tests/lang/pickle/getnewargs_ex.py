# __getnewargs_ex__ passes keyword arguments to __new__ (copyreg.__newobj_ex__).
import copy
import pickle


class Config:
    def __new__(cls, name, *, debug=False):
        self = super().__new__(cls)
        self.name, self.debug = name, debug
        return self

    def __getnewargs_ex__(self):
        return ((self.name,), {'debug': self.debug})


c = Config('app', debug=True)
for proto in range(6):
    r = pickle.loads(pickle.dumps(c, proto))
    print(proto, r.name, r.debug)
print(copy.copy(c).debug)
rv = c.__reduce_ex__(4)
print(rv[0].__name__, rv[1][1:])
rv = Config('x').__reduce_ex__(4)
print(rv[0].__name__)
