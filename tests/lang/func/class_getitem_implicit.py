# __class_getitem__ and __init_subclass__ are implicitly classmethods.
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)


class B(A, flag=1):
    pass


print(A[int])
print(B["x"])
