# float divmod, //, % with mixed signs, zeros and infinities
CASES = r'''
divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2)
7.5 % 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5, -5 % 5.0, 5 % -5.0
divmod(1e308, 1e-308)[1] < 1e-308, divmod(3.0, float('inf')), divmod(-3.0, float('inf'))
divmod(float('inf'), 3.0)
float('inf') % 3
float('nan') // 1, float('nan') % 1
1.0 // 0
1.0 % 0
divmod(1.0, 0.0)
5.5 // 1.5, -5.5 // 1.5, 5.5 // -1.5, 1e16 // 3, -1e-300 // 1e300
(0.1).__divmod__(0.03), (7).__rdivmod__(2.0) if False else divmod(7, 2.0)
2.0 ** -1, (-8.0) ** (1/3), 0.0 ** 0, (-2.0) ** 2, 2.0 ** 0.5
0.0 ** -1
(-1.0) ** 0.5
10.0 ** 400
pow(2.0, 2, 3)
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
