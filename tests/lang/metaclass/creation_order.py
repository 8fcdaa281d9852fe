# The order of class-creation hooks matches CPython
class Desc:
    def __set_name__(self, owner, name):
        print('4 __set_name__', owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw):
        print('5 __init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('1 __prepare__', name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print('3 Meta.__new__ start', name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print('6 Meta.__new__ end', name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('7 Meta.__init__', name, kw)
        super().__init__(name, bases, ns)
class MB(Base, metaclass=Meta): pass
print('---')
class C(MB, tag='t'):
    print('2 body runs')
    d = Desc()
print('8 done', type(C).__name__)
