# dir() of instances merges instance, class and base-class names; modules and no-arg dir()
class A:
    a = 1
    def am(self): pass
class B(A):
    __slots_not__ = ()
    b = 2
    def __init__(self): self.i = 3
b = B()
b.dyn = 4
names = dir(b)
print([n for n in names if not n.startswith('__')])
print(set(dir(object)) <= set(names), '__init__' in names, '__dict__' in names, '__weakref__' in names)
def f():
    x = 1; y = 2
    return dir()
print(f())
class Meta(type):
    def meta_only(cls): pass
class M(metaclass=Meta): pass
print('meta_only' in dir(M), 'mro' in dir(M), 'mro' in dir(type))
print(dir(None) == dir(type(None)), len(dir(1)) == len(dir(int)))
