# Subclassing property: custom __get__/__set__ and per-instance doc
class logged(property):
    def __get__(self, obj, owner=None):
        if obj is not None:
            print('get', self.fget.__name__)
        return super().__get__(obj, owner)
class C:
    @logged
    def x(self):
        "x doc"
        return 42
    @x.setter
    def x(self, v): print('set', v)
c = C()
print(c.x, type(C.__dict__['x']).__name__, C.x.__doc__)
c.x = 5
class P(property):
    pass
p = P(lambda self: 1, doc='given doc')
print(p.__doc__, P(lambda self: 1).__doc__)
def getter(self):
    "from getter"
print(P(getter).__doc__, property(getter).__doc__)
