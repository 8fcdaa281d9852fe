import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[3]))
del ns.a; print(ns, vars(ns))
try:
    ns.zz
except AttributeError as e:
    print("AttributeError", e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), mp.get("q"), mp | {"z": 2})
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
def body(ns): ns["hello"] = lambda self: "hi"
C = types.new_class("C", (object,), {}, body)
print(C.__name__, C().hello(), types.resolve_bases((int,)))
print(types.prepare_class("D")[0])
def f(x): return x + 1
g = types.FunctionType(f.__code__, {}, "g")
print(g(1), g.__name__, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((x for x in []), types.GeneratorType), type(f.__code__) is types.CodeType)
print(types.MethodType(lambda self: self, 5)(), isinstance(types, types.ModuleType))
print(types.ModuleType("m", "doc").__doc__, types.NoneType, types.EllipsisType)
@types.coroutine
def gen_co():
    yield 1
print(types.coroutine(gen_co) is gen_co, gen_co.__code__.co_flags & 0x100 != 0)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError", e)
class DA:
    @types.DynamicClassAttribute
    def name(self): return "inst"
print(DA().name)
