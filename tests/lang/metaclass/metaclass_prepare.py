# __prepare__ supplies the class namespace (ordered, custom mapping)
class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print('define', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, kw)
        return Recording(preset=42)
    def __new__(mcls, name, bases, ns, **kw):
        print('namespace type', type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, option=1):
    x = 1
    def f(self): pass
    y = preset + 1
print(A.preset, A.y, list(k for k in vars(A) if not k.startswith('__')))
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class B(metaclass=BadPrep): pass
except TypeError as e:
    print(e)
