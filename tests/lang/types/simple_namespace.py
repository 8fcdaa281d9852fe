# types.SimpleNamespace and sys.implementation's shape.
import sys
import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b)
ns.c = [ns]
print(ns)
print(ns == types.SimpleNamespace(b=2, a=1, c=ns.c), ns != types.SimpleNamespace())
del ns.a
print(vars(ns) is ns.__dict__, sorted(vars(ns)))
for bad in (lambda: types.SimpleNamespace(1), lambda: hash(ns), lambda: ns.missing):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), isinstance(Sub(), types.SimpleNamespace))
impl = sys.implementation
print(type(impl) is types.SimpleNamespace, sorted(k for k in vars(impl) if not k.startswith("_")))
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion, impl.cache_tag.endswith("-311"))
