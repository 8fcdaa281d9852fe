class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new', name, sorted(kw))
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('meta init', name, sorted(kw))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag=None, **kw):
        print('init_subclass', cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
class Sub(Base, tag='t'): pass
try:
    class Sub2(Base, other=1): pass
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
try:
    class X(Plain, flag=1): pass
except TypeError as e:
    print('TypeError', e)
