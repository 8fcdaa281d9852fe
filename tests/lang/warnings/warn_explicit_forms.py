# test: full-stderr
# warn_explicit with a registry, a module, and its argument checks.
import _warnings

reg = {}
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry=reg)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry=reg)
_warnings.warn_explicit("no registry", UserWarning, "other.py", 1)
_warnings.warn_explicit("no registry", UserWarning, "other.py", 1)
print(sorted(k for k in reg if k != "version"))
for args in (("m", UserWarning, "f.py", 1, None, 5), ("m", UserWarning, 3, 1)):
    try:
        _warnings.warn_explicit(*args)
    except TypeError as e:
        print("TypeError:", e)
_warnings.warn_explicit("module None is silent", UserWarning, "f.py", 1, None, 5)
try:
    _warnings.warn_explicit("m", UserWarning, "f.py", 1, "mod", 5)
except TypeError as e:
    print("TypeError:", e)
