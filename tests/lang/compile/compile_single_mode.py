# compile(..., 'single') prints non-None expression results via sys.displayhook.
exec(compile("1 + 2\n", "<single>", "single"))
exec(compile("'text'\n", "<single>", "single"))
exec(compile("None\n", "<single>", "single"))
ns = {}
exec(compile("x = 5\n", "<single>", "single"), ns)
exec(compile("x * 2\n", "<single>", "single"), ns)
exec(compile("if x:\n    x + 100\n    x - 100\n", "<single>", "single"), ns)
exec(compile("for i in range(2): i\n", "<single>", "single"))
print(ns["x"], ns.get("_", "no underscore in ns"))
