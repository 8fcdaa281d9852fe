# exact int/float comparisons and mixed arithmetic
CASES = r'''
2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 2**53 == 2.0**53
10**400 > 1e308, 10**400 < float('inf'), -10**400 > float('-inf'), 10**400 == float('inf')
1 == 1.0, 1 < 1.5, (2**64) == 2.0**64, (2**64 + 1) == 2.0**64, float('nan') == 0
0.1 + 0.2 == 0.3, 3 * 0.1 == 0.3, 1 / 3, 2 / 2, 10**20 / 10**10
10**400 / 10**399, (10**400 + 1) / 10**400
10**400 / 3
2**1100 * 1.0
1e308 * 10, -1e308 * 10
5 / 0
5.0 / 0
5 % 0.0
5 // 0.0
True + 2.5, 3 * 1.5, 7 // 2.0, 7 % 2.5, -7 % 2.5, 7 % -2.5, -7.0 // 2
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
