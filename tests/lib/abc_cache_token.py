# get_cache_token() changes with every register() on any ABC, and not with
# checks; functools.singledispatch relies on it.
import abc, _abc

t0 = abc.get_cache_token()
print(type(t0).__name__, t0 == _abc.get_cache_token())

class A(abc.ABC):
    pass
class B(abc.ABC):
    pass
print(abc.get_cache_token() == t0)      # defining ABCs doesn't change it
isinstance(3, A); issubclass(str, B)
print(abc.get_cache_token() == t0)      # nor do checks

A.register(int)
t1 = abc.get_cache_token()
print(t1 != t0, t1 - t0)
B.register(str)
print(abc.get_cache_token() - t1)
A.register(int)                          # already registered: no change
print(abc.get_cache_token() - t1)
A.register(bool)                         # already a subclass via int
print(abc.get_cache_token() - t1)

import functools
@functools.singledispatch
def f(x):
    return "default"
@f.register
def _(x: A):
    return "A"
class C:
    pass
print(f(C()))
A.register(C)
print(f(C()))
