# type(name, bases, ns) builds classes; type(x) returns the type
def init(self, v): self.v = v
P = type('Point', (object,), {'__init__': init, 'x': 1, '__doc__': 'a point'})
p = P(5)
print(P.__name__, P.__qualname__, P.__doc__, p.v, p.x, P.__bases__, P.__module__)
Q = type('Q', (P,), {})
print(Q.__mro__, type(Q(1)).__name__, type(P) is type, type(type) is type)
E = type('E', (), {})
print(E.__bases__, repr(E))
print(type(1), type('a'), type(None), type(type))
for args in [('X', (), {}, 1), ('X', 1, {}), ('X', (), []), (1, (), {}), ('X',)[:0] + (1, 2)]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
