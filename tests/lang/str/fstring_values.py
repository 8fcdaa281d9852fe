# f-strings with conversions, specs, nested fields and = debugging
CASES = r'''
x = 3.14159; n = 42; s = 'hé'
f'{x:.2f}|{n:>5}|{s!r}|{s!a}|{n:#x}|{n=}|{x = :.1f}'
f'{n:{"0"}{5}}|{[1, 2]!s:>8}|{ {"a": 1}["a"] }|{n!r:^6}'
f'{n:,}|{10**6:_}|{-n:+}|{n:%}|{n:e}'
f'{s:{n}}'
f'{n:q}'
f'{None!r:>6}|{True:d}|{3+4j:.1f}'
'''
ns = {}
srcs = []
for line in CASES.strip().splitlines():
    if line[:1] == ' ' and srcs:
        srcs[-1] += '\n' + line
    else:
        srcs.append(line)
for src in srcs:
    try:
        code = compile(src, '<case>', 'eval')
    except SyntaxError:
        code = compile(src, '<case>', 'exec')
    try:
        r = repr(eval(code, ns))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(src, '=>', r)
