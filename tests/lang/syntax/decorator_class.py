# Decorators on classes.
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class A:
    pass

@register
class B(A):
    x = 1

print(registry)
print(A.registered, B.registered, B.x)
def wrap(cls):
    return (cls, "wrapped")
@wrap
class C:
    pass
print(C[0].__name__, C[1])
