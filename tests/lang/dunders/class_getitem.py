# __class_getitem__ is an implicit classmethod called by C[...]
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box[1, 2], Box['x'])
class Sub(Box): pass
print(Sub[str])
print(list[int], dict[str, int], type(list[int]).__name__)
class Meta(type):
    def __getitem__(cls, k): return 'meta getitem'
class M(metaclass=Meta):
    def __class_getitem__(cls, k): return 'class_getitem'
print(M[0])
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(e)
Plain()[0]
