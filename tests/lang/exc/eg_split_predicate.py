# split()/subgroup() with a predicate: it sees groups as well as leaves.
seen = []
def pred(e):
    seen.append(type(e).__name__ + ":" + str(e))
    return isinstance(e, ValueError) and e.args[0] > 1
eg = ExceptionGroup("g", [ValueError(1), ValueError(2), ExceptionGroup("h", [ValueError(3), TypeError(4)])])
print(repr(eg.split(pred)))
print(seen)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "h")))
print(eg.subgroup(lambda e: e is eg) is eg)
print(eg.subgroup(lambda e: False))
class Pred:
    def __call__(self, e):
        return isinstance(e, TypeError)
print(repr(eg.split(Pred())))
def boom(e):
    if isinstance(e, TypeError):
        raise RuntimeError("predicate failed")
    return False
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError", e)
for bad in (1, "x", int, [ValueError], (ValueError, 1), (ValueError, int), None):
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "TypeError", e)
for call in (lambda: eg.split(), lambda: eg.subgroup(), lambda: eg.split(ValueError, TypeError)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
