# getattr/setattr/hasattr on function objects and the sys module
import sys
def f():
    return 1
setattr(f, 'tag', 'x')
print(getattr(f, 'tag'), f.tag, hasattr(f, 'tag'), hasattr(f, 'missing'))
print(getattr(f, 'missing', 'fallback'), getattr(f, '__name__'))
setattr(f, 'tag', 'y')
print(f.tag)
print(hasattr(sys, 'argv'), hasattr(sys, 'no_such_thing'), getattr(sys, 'maxsize') == sys.maxsize)
print(getattr(sys, 'nothing', None))
print(hasattr(len, '__name__'), getattr(len, '__name__'))
print(hasattr("s", 'upper'), getattr("abc", 'upper')(), getattr([3, 1], 'index')(1))
try:
    getattr(f, 'nope')
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(sys, 'nope')
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(f, 5)
except TypeError as e:
    print("TypeError:", e)
