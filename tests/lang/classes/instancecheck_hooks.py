# __instancecheck__/__subclasscheck__ on metaclasses
class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is int
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(1, Any))
print(issubclass(int, Any), issubclass(str, Any))
print(isinstance(Any(), Any))  # exact type: no hook call
print(isinstance(42, (str, Any)))
class Truthy(type):
    def __instancecheck__(cls, inst):
        return 'yes'
class T(metaclass=Truthy): pass
print(isinstance(0, T))
