# format padding and alignment with non-ASCII fill and text
CASES = r'''
format('é', '*^5'), format('中文', '>6'), format(5, '€>4'), format(1.5, '→<6'), '{:✓^7}'.format('ok'), f"{'x':\u00b7>3}"
'{:^4}'.format('\U0001f600'), format('abc', '.1'), format('', '>3'), format('é', '.0'), len(format('x', '1000'))
format('a', 'é')
format(1, 'ab')
format('a', '<<5')
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
