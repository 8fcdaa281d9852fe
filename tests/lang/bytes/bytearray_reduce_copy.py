# bytearray's __reduce__/__reduce_ex__ make copy and pickle work, keeping a subclass's __dict__.
import copy
import pickle

class B(bytearray):
    pass

x = B(b'q\xff')
x.a = 1
y = copy.deepcopy(x)
print(type(y).__name__, y, y.a, y is x)
z = copy.copy(bytearray(b'abc'))
print(z, type(z).__name__)
for proto in (2, 3, 4, 5):
    r = pickle.loads(pickle.dumps(x, proto))
    print(proto, type(r).__name__, r, r.a)
print(bytearray(b'abc').__reduce_ex__(4), bytearray(b'abc').__reduce_ex__(2))
print(bytearray(b'\xe9').__reduce__(), B(b'k').__reduce_ex__(3)[1:])
print(copy.deepcopy([bytearray(b'1'), b'2']))
try:
    bytearray(b'a').__reduce_ex__('x')
except TypeError as e:
    print(e)
