import ast
for mode in ["bogus", "func_typ"]:
    try:
        ast.parse("x", mode=mode)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("x", "<s>", "func_type"), ("x", "<s>", "bad"), ("x", "<s>", "exec", 0x4000000)]:
    try:
        compile(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    compile(ast.Module([], []), "<s>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
# type comments are not collected without type_comments=True
print(ast.dump(ast.parse("x = 1  # type: int\ndef f(a):  # type: (int) -> int\n    pass")))
