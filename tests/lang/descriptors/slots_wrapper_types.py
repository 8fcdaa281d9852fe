# Builtin methods and slot wrappers: their types and binding
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(type(list.append).__name__, type([].append).__name__)
print(type(dict.fromkeys).__name__, type(str.__dict__['maketrans']).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__)
print(int.__add__(1, 2), (5).__sub__(3), list.__len__([1, 2]))
print(int.__add__(1, 2.0), list.append.__qualname__, int.__add__.__qualname__)
print(repr(int.__add__), repr(list.append))
print(repr((1).__add__).startswith('<method-wrapper'))
try:
    int.__add__('a', 1)
except TypeError as e:
    print(e)
try:
    list.append((), 1)
except TypeError as e:
    print(e)
