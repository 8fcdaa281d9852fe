# Broken parenthesized with-items: CPython reports how far its parser got.
cases = ["with (a as b: pass", "with (a, b) as c d: pass", "with (a, b c: pass", "with (open(x) as f, : pass",
         "with (a as b) c: pass", "with (a as b, c as d) e: pass", "with (a as b,)\n    pass\n"]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
