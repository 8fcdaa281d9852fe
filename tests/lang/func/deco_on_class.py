# class decorators receive and may replace the class
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + "()"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class A:
    pass
print(registry, A.registered, A())
def replace(cls):
    return 5
@replace
class B:
    pass
print(B)
