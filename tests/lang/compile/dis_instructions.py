# dis.get_instructions(): offsets, opnames, argvals and jump targets.
import dis


def f(x, y):
    while x < y:
        x = x + 1
    return x


ins = list(dis.get_instructions(f))
print(ins[0].offset == 0, ins[-1].opname)
print(all(a.offset < b.offset for a, b in zip(ins, ins[1:])))
print(all(i.opname == dis.opname[i.opcode] for i in ins))
print(all(type(i.is_jump_target) is bool for i in ins))
print("x" in [i.argval for i in ins if i.opname == "LOAD_FAST"])
print(1 in [i.argval for i in ins if i.opname == "LOAD_CONST"])
targets = {i.offset for i in ins if i.is_jump_target}
jumps = [i for i in ins if i.opcode in dis.hasjrel + dis.hasjabs]
print(len(jumps) > 0, all(j.argval in targets for j in jumps))
print(all(j.argrepr == "to " + str(j.argval) for j in jumps))
first = f.__code__.co_firstlineno
print(sorted({i.starts_line - first for i in ins if i.starts_line and i.starts_line > first}))
one = ins[0]
print(one == tuple(one), len(one), one[0] == one.opname)
print(all(i.positions.lineno is None or i.positions.lineno >= first for i in ins))
shifted = list(dis.get_instructions(f, first_line=100))
print(sorted({i.starts_line for i in shifted if i.starts_line and i.starts_line > 100}))
print([i.argval for i in dis.get_instructions("a.b") if i.opname == "LOAD_ATTR"])
