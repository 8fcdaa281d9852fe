# Module and class frames: f_locals is the real namespace, not a copy.
import sys
f = sys._getframe()
print(f.f_locals is globals(), f.f_locals is locals())
f.f_locals["added_through_frame"] = 7
print(added_through_frame)
class K:
    a = 1
    fr = sys._getframe()
    ns = fr.f_locals
    print(ns is locals(), sorted(ns))
    ns["b"] = 2
print(K.b, sorted(k for k in vars(K) if not k.startswith("__")))
ns = {}
exec("import sys\nfr = sys._getframe()\n", ns, ns)
print(ns["fr"].f_locals is ns)
loc = {}
exec("import sys\nfr = sys._getframe()\n", {}, loc)
print(loc["fr"].f_locals is loc)
