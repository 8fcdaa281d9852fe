import ast, re
for s in ["x", "f()", "1 + a", "[1, y]", "{**a}", "2 ** 10", "-'a'", "lambda: 1"]:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
