# 'not' after an operand must be 'not in': the error points past 'not'.
cases = ['x = a not b\n', 'if a not b: pass\n', 'x = [a not b for a in c]\n', 'x = a not\n', 'f(a not 1)\n',
         'x = a not in b not c\n', 'x = 1 if a not b else 2\n']
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
