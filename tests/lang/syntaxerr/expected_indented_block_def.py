# Missing indented block after def/class/for.
cases = [
    'def f():\nreturn 1\n',
    'class C:\nx = 1\n',
    'for i in x:\nprint(i)\n',
    'async def f():\npass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
