import array, copy, pickle
class A(array.array):
    pass
s = A('i', [1, 2]); s.x = 5
print(s, type(s[:]).__name__, s.x, isinstance(s, array.array), bytes(s) == array.array('i', [1, 2]).tobytes())
a = array.array('d', [1.5, 2.5])
print(pickle.loads(pickle.dumps(a)), copy.copy(a), copy.deepcopy(array.array('u', 'ab')))
print(pickle.loads(pickle.dumps(array.array('u', 'xyz'))))
c = copy.copy(a); c.append(3.0); print(a, c)
