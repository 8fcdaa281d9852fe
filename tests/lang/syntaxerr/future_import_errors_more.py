# __future__ errors: unknown features and braces carry no end offset.
cases = ["from __future__ import nope", "from __future__ import braces", "from __future__ import annotations, nope",
         "from __future__ import (nope)", "x = 1\nfrom __future__ import annotations",
         '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import nope\n']
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
