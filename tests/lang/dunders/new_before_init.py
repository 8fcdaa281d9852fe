# __new__ runs before __init__; __init__ is skipped when __new__ returns another type
class A:
    def __new__(cls, *args, **kw):
        print('new', cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print('init', x, y)
A(1, y=2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class Sub(A):
    def __init__(self, x):
        print('Sub init', x)
s = Sub(5)
print(type(s).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
