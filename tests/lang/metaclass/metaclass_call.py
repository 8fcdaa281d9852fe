# A metaclass __call__ controls instance creation
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        print('Meta.__call__', cls.__name__, args, kw)
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, x=0):
        print('Config.__init__', x); self.x = x
a = Config(1)
b = Config(2)
print(a is b, a.x)
class Counting(type):
    def __call__(cls, *a):
        obj = cls.__new__(cls)
        obj.created_by = 'meta'
        return obj
class C(metaclass=Counting):
    def __init__(self): print('not called')
print(C().created_by)
