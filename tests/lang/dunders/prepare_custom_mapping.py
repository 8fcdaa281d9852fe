# A __prepare__ mapping sees every store and load of the class body.
class Ns(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return Ns()
    def __new__(mcls, name, bases, ns, **kw):
        print('ns type', type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class P(metaclass=PM, flag=1):
    x = 1
    y = x + 1
    print(len([]))
    def f(self): return x
print(P.y, type(P.__dict__).__name__)
