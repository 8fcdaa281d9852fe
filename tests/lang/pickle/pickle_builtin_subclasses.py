# Subclasses of list, dict, int, str, tuple, float, bytes keep value and attributes.
import copy
import pickle


class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
class B(bytes): pass
class C(complex): pass


values = [L([1, 2]), D(a=1), I(7), S('text'), T((1, 2)), F(0.5), B(b'xy'), C(1, 2)]
values[0].tag = 'list-tag'
values[1].tag = 'dict-tag'
values[2].tag = 'int-tag'
for v in values:
    for proto in (0, 2, 5):
        r = pickle.loads(pickle.dumps(v, proto))
        print(proto, type(r).__name__, r, getattr(r, 'tag', None))
    c = copy.copy(v)
    print('copy', type(c).__name__, c == v)
