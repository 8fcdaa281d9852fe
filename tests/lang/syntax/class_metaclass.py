# metaclass= keyword: the metaclass builds the class.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        ns["keys"] = sorted(k for k in ns if not k.startswith("__"))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw

class X(metaclass=Meta, flag=True):
    a = 1
    def m(self): pass

print(X.made_by, X.keys, X.kw)
print(type(X).__name__)
class Y(X):
    b = 2
print(type(Y).__name__, Y.made_by, Y.keys)
