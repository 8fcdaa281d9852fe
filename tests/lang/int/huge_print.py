# big ints print exactly: 1 << 3000, factorials, negative powers
CASES = r'''
1 << 3000
-(3 ** 500)
r = 1
for i in range(2, 1000): r *= i
str(r)[:50], str(r)[-50:], len(str(r))
(10**100 + 1) * (10**100 - 1) == 10**200 - 1
(2**521 - 1) % 1000000007, hex(2**521 - 1)[:20]
sum(int(d) for d in str(2**10000))
int(str(7**2000)) == 7**2000, str(-7**1500)[:10]
(12345678901234567890 * 98765432109876543210)
format(2**200, ','), format(-2**200, '_x'), format(2**200, '>80')
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
