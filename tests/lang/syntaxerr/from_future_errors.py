# __future__ imports must come first and name real features.
cases = [
    'x = 1\nfrom __future__ import annotations\n',
    'from __future__ import nonexistent_feature\n',
    'from __future__ import braces\n',
    'from __future__ import *\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
