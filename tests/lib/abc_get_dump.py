# _abc._get_dump returns copies of the registry, both caches (sets of weak
# references) and the negative cache version.
import abc, _abc

class A(abc.ABC):
    pass
dump = _abc._get_dump(A)
print(type(dump).__name__, len(dump), [type(x).__name__ for x in dump])
print(dump[:3])
print(dump[3] == abc.get_cache_token())

class Yes:
    pass
class No:
    pass
A.register(Yes)
print(issubclass(Yes, A), issubclass(No, A), issubclass(No, A))
reg, cache, neg, ver = _abc._get_dump(A)
print(sorted(w().__name__ for w in reg))
print(sorted(w().__name__ for w in cache))
print(sorted(w().__name__ for w in neg))
print(ver == abc.get_cache_token())

# the dump is a copy
reg.clear()
print(len(_abc._get_dump(A)[0]))

class NotABC:
    pass
try:
    _abc._get_dump(NotABC)
except AttributeError as e:
    print("AttributeError", e)
NotABC._abc_impl = "nope"
try:
    _abc._get_dump(NotABC)
except TypeError as e:
    print("TypeError", e)
try:
    _abc._get_dump()
except TypeError as e:
    print("TypeError", e)

# ABCMeta._dump_registry prints it
import io
buf = io.StringIO()
A._dump_registry(file=buf)
lines = buf.getvalue().splitlines()
print(lines[0].startswith("Class: "), [l.split(":")[0] for l in lines])
