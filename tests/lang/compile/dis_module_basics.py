# The dis module's tables and stack_effect, independent of the opcode numbering.
import dis

print(len(dis.opname) == 256, callable(dis.dis), callable(dis.get_instructions))
print(isinstance(dis.opmap, dict), len(dis.opmap) > 50)
print(all(dis.opname[code] == name for name, code in dis.opmap.items()))
print(all(isinstance(n, str) for n in dis.opname))
for name in ("POP_TOP", "LOAD_CONST", "RETURN_VALUE", "BINARY_OP", "COMPARE_OP", "STORE_NAME"):
    print(name, name in dis.opmap)
print(dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["STORE_NAME"] in dis.hasname)
print(dis.opmap["LOAD_FAST"] in dis.haslocal, dis.opmap["COMPARE_OP"] in dis.hascompare)
print(dis.cmp_op[:6])
print(dis.stack_effect(dis.opmap["POP_TOP"]), dis.stack_effect(dis.opmap["LOAD_CONST"], 0))
print(dis.stack_effect(dis.opmap["BUILD_LIST"], 3), dis.stack_effect(dis.opmap["BUILD_TUPLE"], 0))
print(dis.stack_effect(dis.opmap["RETURN_VALUE"], jump=False))
for args, kw in (((dis.opmap["POP_TOP"], 0), {}), ((dis.opmap["LOAD_CONST"],), {}), ((1000,), {}),
                 ((dis.opmap["POP_TOP"],), {"jump": 3})):
    try:
        dis.stack_effect(*args, **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    dis.stack_effect("x")
except TypeError as e:
    print("TypeError", e)
