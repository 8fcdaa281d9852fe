# type.__call__ runs __new__ then __init__ only if the result is an instance of the class
class A:
    def __new__(cls, *args):
        print('A.__new__', args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('A.__init__', args)
print(type(type.__call__(A, 1, 2)).__name__)
class Sub(A): pass
class Factory:
    def __new__(cls):
        return Sub.__new__(Sub)   # instance of a subclass: __init__ runs
    def __init__(self):
        print('Factory.__init__ on', type(self).__name__)
r = Factory()
print(type(r).__name__)
class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__ first')
        return super().__call__(*a, **k)
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
print(M(5).v)
try:
    type.__call__(5)
except TypeError as e:
    print(e)
