# object's default dunders: __sizeof__, __reduce_ex__ presence, __eq__/__ne__ NotImplemented
o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__ne__(o))
print(o.__lt__(o), object.__le__(o, 1), object.__gt__(1, 2))
print(type(o.__sizeof__()).__name__, o.__sizeof__() > 0)
print(o.__hash__() == hash(o), o.__str__() == o.__repr__())
print(object.__repr__(5).startswith('<int object at'))
print(o.__class__, o.__doc__)
try:
    o.__init__(1)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
