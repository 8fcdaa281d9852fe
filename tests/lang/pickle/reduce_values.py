# What object.__reduce_ex__, __reduce__ and __getstate__ return.
import copyreg


class C:
    pass


c = C()
print(c.__getstate__(), object().__getstate__())
c.a = 1
print(c.__getstate__())
rv = c.__reduce_ex__(2)
print(rv[0] is copyreg.__newobj__, rv[1] == (C,), rv[2], rv[3], rv[4])
rv = c.__reduce__()
print(rv[0] is copyreg._reconstructor, rv[1] == (C, object, None), rv[2])
rv = c.__reduce_ex__(1)
print(rv[0] is copyreg._reconstructor, rv[2])


class L(list):
    pass


rv = L([1, 2]).__reduce_ex__(2)
print(rv[2], list(rv[3]), rv[4])
print(hasattr(object, '__getstate__'), hasattr(object, '__reduce__'))
