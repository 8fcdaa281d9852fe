# Extending a base property in a subclass; property objects are copied by .setter
class Base:
    @property
    def v(self): return 'base'
class Child(Base):
    @Base.v.setter
    def v(self, value): print('child setter', value)
c = Child()
print(c.v)
c.v = 1
print(Base.v is Child.v, Base.v.fset, Child.v.fget is Base.v.fget)
class Getter(Base):
    @Base.v.getter
    def v(self): return 'child getter'
print(Getter().v, Base().v)
class Dyn:
    def _get(self): return 'dyn'
Dyn.v = property(Dyn._get)
print(Dyn().v)
class Doc:
    @property
    def d(self):
        """getter doc"""
    d2 = d.setter(lambda s, v: None)
print(Doc.d2.__doc__)
