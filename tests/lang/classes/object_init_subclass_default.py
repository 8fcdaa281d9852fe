# object.__init_subclass__ is a classmethod that accepts nothing
print(type(object.__dict__['__init_subclass__']).__name__)
print(object.__init_subclass__())
class A:
    pass
print(A.__init_subclass__())
for call in [lambda: object.__init_subclass__(1), lambda: A.__init_subclass__(k=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
class Base:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__)
class D(Base): pass
class E(D): pass
print(Base.__dict__['__init_subclass__'].__class__.__name__)
class F(Base, x=1): pass
