# __module__, __qualname__, __doc__ and __name__ of a class can be assigned; builtin types refuse.
class C:
    "original"


C.__module__ = "elsewhere"
C.__qualname__ = "Outer.C"
C.__doc__ = "changed"
print(C, C.__module__, C.__qualname__, C.__doc__, C.__name__)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__)
for attr in ("__module__", "__qualname__", "__doc__", "__name__"):
    try:
        setattr(int, attr, "x")
    except TypeError as e:
        print("TypeError:", e)
try:
    C.__qualname__ = 3
except TypeError as e:
    print("TypeError:", e)
print(object.__subclasshook__(), C.__subclasshook__(int))
