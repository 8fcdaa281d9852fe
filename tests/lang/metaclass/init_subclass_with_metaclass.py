# Class keywords go to the metaclass and to __init_subclass__; extra keywords are errors
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ kw', kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__ kw', kw)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, color=None, **kw):
        print('init_subclass', cls.__name__, color, kw)
        super().__init_subclass__(**kw)
class Red(Base, color='red'): pass
try:
    class Bad(Base, color='blue', size=3): pass
except TypeError as e:
    print(e)
class Meta2(type):
    def __new__(mcls, name, bases, ns, flag=False):
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = flag
        return cls
    def __init__(cls, *a, **kw):
        super().__init__(*a)
class F(metaclass=Meta2, flag=True): pass
print(F.flag)
