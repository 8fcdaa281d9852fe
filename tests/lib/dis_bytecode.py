# dis.Bytecode / get_instructions: what is stable across bytecodes (names, values, lines).
import dis

def f(x):
    return x + 1

def g():
    return None

names = [i.opname for i in dis.get_instructions(f)]
print("LOAD_FAST" in names, "LOAD_CONST" in names, names[-1])
print([i.argval for i in dis.get_instructions(f) if i.opname in ("LOAD_FAST", "LOAD_CONST")])
print([i.argrepr for i in dis.get_instructions(f) if i.opname == "LOAD_CONST"])
bc = dis.Bytecode(f)
print(bc.codeobj is f.__code__, bc.first_line == f.__code__.co_firstlineno, repr(bc).startswith("Bytecode(<function f"))
print([i.opname for i in bc] == names, bc.info() == dis.code_info(f))
print(dis.Bytecode(g, first_line=100).first_line, 101 in {i.starts_line for i in dis.Bytecode(g, first_line=100)})
ins = list(bc)[-1]
print(type(ins).__name__, ins._fields[:6], ins.positions.lineno == f.__code__.co_firstlineno + 1)
print(dis.Bytecode("a + b").codeobj.co_names, dis.Bytecode("x = 1").codeobj.co_filename)
print(isinstance(bc.dis(), str), len(bc.dis().splitlines()) >= len(names))
