import types
for c in [lambda: types.FunctionType(1, {}), lambda: types.MappingProxyType(None),
          lambda: types.MethodType(1), lambda: types.ModuleType(), lambda: types.new_class(),
          lambda: types.SimpleNamespace({"a": 1}), lambda: types.ModuleType(1), lambda: types.ModuleType("m", "d", "x"),
          lambda: types.ModuleType(nam="x"),
          lambda: types.resolve_bases(5)]:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(types.SimpleNamespace()), ns != types.SimpleNamespace(a=1))
ns.rec = ns
print(ns)
class Sub(types.SimpleNamespace): pass
print(Sub(x=1))
mp = types.MappingProxyType({"a": 1})
for c in [lambda: mp.__setitem__("a", 1), lambda: mp.__delitem__("a"), lambda: mp.pop("a"), lambda: mp.clear()]:
    try:
        c()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(mp.copy(), list(mp.items()), mp == {"a": 1}, list(reversed(mp)))
print(types.ModuleType("m", doc="D").__doc__, types.ModuleType(name="n"))
