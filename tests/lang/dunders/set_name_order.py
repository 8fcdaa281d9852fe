class D:
    def __init__(self, n): self.n = n
    def __set_name__(self, owner, name):
        print('set_name', self.n, owner.__name__, name, hasattr(owner, name))
class Base:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__)
class H(Base):
    b = D(2)
    a = D(1)
    c = D(3)
    alias = c
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class K:
        x = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class L:
    y = Boom()
