# A subclass without __slots__ gets a __dict__ (and weak references) again.
import weakref


class Base:
    __slots__ = ('a',)


class Sub(Base):
    pass


s = Sub()
s.a = 1
s.b = 2
print(s.a, s.__dict__, '__dict__' in Sub.__dict__, '__weakref__' in Sub.__dict__)
r = weakref.ref(s)
print(r() is s)
print(Sub.a is Base.a)
