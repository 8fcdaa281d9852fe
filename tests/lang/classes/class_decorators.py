# Class decorators run after class creation, bottom-up, and may replace the class
registry = []
def register(cls):
    registry.append(cls.__name__); return cls
def add_method(cls):
    cls.added = lambda self: 'added by decorator'
    return cls
def replace(cls):
    return 'replaced ' + cls.__name__
@register
@add_method
class A: pass
print(registry, A().added())
@replace
class B: pass
print(B)
def deco_with_arg(tag):
    def deco(cls):
        cls.tag = tag; return cls
    return deco
@deco_with_arg('t1')
class T: pass
print(T.tag)
