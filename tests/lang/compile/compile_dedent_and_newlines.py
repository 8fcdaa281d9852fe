# compile handles missing trailing newline, CRLF and leading blank lines.
for src in ["x = 1", "x = 1\r\ny = 2\r\n", "\n\n\nx = 3\n", "if True:\n    x = 4", "x = 5\n\n\n", "# only a comment"]:
    ns = {}
    exec(compile(src, "s", "exec"), ns)
    print(repr(src), ns.get("x"), ns.get("y"))
print(eval("1 +\\\n 2"))
print(eval("(1 +\n 2)"))
