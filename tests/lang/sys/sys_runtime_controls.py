# sys's runtime controls: the switch interval, dlopen flags, is_finalizing,
# exception(), call_tracing and the type cache.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.5)
print(sys.getswitchinterval())
sys.setswitchinterval(2)
print(sys.getswitchinterval(), type(sys.getswitchinterval()).__name__)
for bad in (0, -1, 0.0, 'a', None):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(0.005)

print(sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
for bad in ('x', 2**40):
    try:
        sys.setdlopenflags(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.setdlopenflags(2)

print(sys.is_finalizing())
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        raise ValueError('inner')
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
try:
    sys.exception(1)
except TypeError as e:
    print(e)

print(sys.call_tracing(max, (3, 9, 4)))
print(sys.call_tracing(dict, ()))
for args in [(len, [1]), (len,), (len, (1, 2), 3)]:
    try:
        sys.call_tracing(*args)
    except TypeError as e:
        print(e)


class A:
    x = 1


print(sys._clear_type_cache(), A().x)
A.x = 2
print(A().x)


import atexit
atexit.register(lambda: print('finalizing in atexit:', sys.is_finalizing()))
