# __instancecheck__/__subclasscheck__ only count on the metaclass; errors from hooks propagate
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __instancecheck__(self, x): return True
    @classmethod
    def __subclasshook__(cls, C): return True
t(lambda: isinstance(1, A))
t(lambda: issubclass(int, A))
t(lambda: type.__instancecheck__(A, A()))
t(lambda: type.__subclasscheck__(A, int))
t(lambda: type.__subclasscheck__(A, 1))
t(lambda: isinstance(1, A()))
class M(type):
    def __subclasscheck__(cls, sub): raise ValueError('boom')
class B(metaclass=M): pass
t(lambda: issubclass(int, B))
t(lambda: issubclass(int, (int, B)))
t(lambda: isinstance(1, B))
t(lambda: issubclass(B, B))
t(lambda: isinstance(B(), B))
class N(type):
    def __instancecheck__(cls, x): return x
class C(metaclass=N): pass
t(lambda: isinstance([], C))
t(lambda: isinstance([1], C))
class E(type):
    def __instancecheck__(cls, x): raise KeyError('x')
class D(metaclass=E): pass
t(lambda: isinstance(1, D))
try:
    raise ValueError
except D:
    print('caught by D?')
except ValueError:
    print('not caught by metaclass hook')
