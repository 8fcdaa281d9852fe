# generators are their own iterators
def g():
    yield 1
it = g()
print(iter(it) is it, it.__iter__() is it)
print(it.__next__())
print(hasattr(it, "send"), hasattr(it, "__len__"))
import types
print(isinstance(it, types.GeneratorType))
print(type(it).__name__)
try:
    type(it)()
except TypeError as e:
    print(e)
