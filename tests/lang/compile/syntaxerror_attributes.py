# SyntaxError attributes from compile: filename, lineno, offset, text, end positions, args.
try:
    compile("a = 1\nb = (2 +\n", "src.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
    print(repr(e.text))
    print(e.args[0], e.args[1][:3])
    print(str(e))
try:
    compile("if x\n    pass\n", "other.py", "exec")
except SyntaxError as e:
    print(str(e), repr(e.text))
