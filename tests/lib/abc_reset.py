# _abc._reset_registry and _reset_caches (and ABCMeta's _abc_registry_clear /
# _abc_caches_clear) empty the sets without touching the version.
import abc, _abc

class A(abc.ABC):
    pass
class R:
    pass
class N:
    pass
class S(A):
    pass
A.register(R)
print(issubclass(S, A), issubclass(N, A), isinstance(R(), A))
def sizes():
    reg, cache, neg, ver = _abc._get_dump(A)
    return len(reg), len(cache), len(neg), ver == abc.get_cache_token()
print(sizes())
_abc._reset_caches(A)
print(sizes())
print(issubclass(S, A), issubclass(N, A), sizes())
A._abc_caches_clear()
print(sizes())
_abc._reset_registry(A)
print(sizes(), issubclass(R, A), isinstance(R(), A))
A.register(R)
print(sizes(), issubclass(R, A))
A._abc_registry_clear()
print(sizes(), issubclass(R, A))
# on a fresh ABC, nothing to clear
class B(abc.ABC):
    pass
print(_abc._reset_caches(B), _abc._reset_registry(B), _abc._get_dump(B)[:3])
for f in (_abc._reset_caches, _abc._reset_registry):
    try:
        f(3)
    except AttributeError as e:
        print("AttributeError", e)
_abc._reset_caches()
