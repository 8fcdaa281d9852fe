# compile(..., 'eval') takes a single expression; eval returns its value.
code = compile("a * 2 + 1", "<eval-test>", "eval")
print(code.co_name, eval(code, {"a": 5}))
print(eval(compile("[i * i for i in range(4)]", "c", "eval")))
print(eval(compile("(lambda: 7)()", "c", "eval")))
print(eval("  1 + 1"), eval("\t 2 * 3 \n"))
try:
    compile("  1 + 1", "c", "eval")
except IndentationError as e:
    print("IndentationError", e.msg, e.lineno, e.offset)
print(eval(compile("x if x else 'empty'", "c", "eval"), {"x": ""}))
try:
    compile("x = 1", "c", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
