# compile(..., 'exec') returns a code object that exec runs; result is None.
src = "x = 1\ny = x + 1\nprint('in exec', x, y)\n"
code = compile(src, "<exec-test>", "exec")
print(type(code).__name__, code.co_name, code.co_filename)
ns = {}
print(exec(code, ns))
print(ns["x"], ns["y"], "__builtins__" in ns)
print(eval(code, {}))
code2 = compile("def f(a):\n    return a * 3\n", "defs", "exec")
ns2 = {}
exec(code2, ns2)
print(ns2["f"](4), ns2["f"].__code__.co_filename)
