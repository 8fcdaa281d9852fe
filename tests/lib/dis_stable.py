# dis: the stable parts (opname/opmap tables, flags, code_info field names).
import dis

print(len(dis.opname), dis.opname[dis.opmap["RETURN_VALUE"]], "LOAD_CONST" in dis.opmap)
print(all(dis.opname[v] == k for k, v in dis.opmap.items()), len(dis.opmap) > 50)
print(sorted(dis.COMPILER_FLAG_NAMES.items()))
print(dis.cmp_op)
print(dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["LOAD_FAST"] in dis.haslocal)
print(dis.opmap["LOAD_GLOBAL"] in dis.hasname, dis.opmap["POP_TOP"] in dis.hasconst + dis.hasname)
print(dis.pretty_flags(0), dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x100000))

def sample(a, b=2, *args, c, **kw):
    x = a + b
    return x

info = dis.code_info(sample)
print([l.split(":")[0] for l in info.splitlines() if ":" in l and not l.startswith(" ")])
print(info.splitlines()[0], [l for l in info.splitlines() if l.startswith("Flags")])
print(dis.pretty_flags(sample.__code__.co_flags))
print(sample.__code__.co_varnames, sample.__code__.co_argcount, sample.__code__.co_kwonlyargcount)
for bad in (5, None):
    try:
        dis.code_info(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    dis.Bytecode(1.5)
except TypeError as e:
    print("TypeError", e)
