# isinstance() with classes and tuples; type()
vals = [1, 1.0, "s", [1], (1,), {1: 1}, {1}, None, True, range(1), len, ValueError("v")]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (str, float, type(None))))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, (bool, float)))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), (IndexError, LookupError)))
print(isinstance(1, ()), isinstance(1, (str, (int, float))), isinstance(5, object), isinstance(int, type))
print(type(1) == int, type(True) == int, type(type(1)).__name__, type(int).__name__)
print(type([]) is list, type({}) is dict, type(()) is tuple, type('') is str, type(None))
print(type(3.0), type(len), type(lambda: 0).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
