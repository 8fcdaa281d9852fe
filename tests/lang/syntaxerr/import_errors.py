# Malformed import statements.
cases = [
    'import\n',
    'from x import\n',
    'from x import a,\n',
    'import a from b\n',
    'from . import (a, b\n',
    'import a.b as\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
