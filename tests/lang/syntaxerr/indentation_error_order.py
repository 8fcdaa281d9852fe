# A bad dedent or tab mix on a later line is reported only if the parser
# gets there: an earlier syntax error wins, as with CPython's lazy tokenizer.
cases = ['x = 1\n  y = 2\n z=3\n', 'x = 1\n\tif x:\n  \ty\n', 'x = = 1\nif x:\n    a\n  b\n',
         'if x:\n    a\n  b\n', 'if x:\n\ta\n        b\n', 'x = $\nif y:\n  a\n b\n', 'x = "unterminated\nif y:\n  a\n b\n']
for src in cases:
    for mode in ('exec', 'eval'):
        try:
            compile(src, "<t>", mode)
            print("compiled", repr(src))
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
