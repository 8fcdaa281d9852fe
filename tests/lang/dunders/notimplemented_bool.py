# NotImplemented in a boolean context warns (DeprecationWarning), and its type is a singleton factory
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), 'yes' if NotImplemented else 'no')
    print(len(w), w[0].category.__name__, str(w[0].message))
print(type(NotImplemented)() is NotImplemented, repr(NotImplemented))
try:
    type(NotImplemented)(1)
except TypeError as e:
    print(e)
warnings.simplefilter('error')
try:
    not NotImplemented
except DeprecationWarning as e:
    print('raised:', e)
