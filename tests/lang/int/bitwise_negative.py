# bitwise operators and shifts on negative and huge ints
CASES = r'''
-1 & 0xff, -256 | 15, -7 ^ 3, ~0, ~-1, ~(2**70), -(2**70) & (2**64 - 1)
-(2**100) | 1, -(2**100) ^ -(2**99), (2**100) & -(2**50)
1 << 100, -1 << 100, (2**100) >> 99, -(2**100) >> 99, -1 >> 1000, 1 >> 1000, -5 >> 1
1 << 0, 0 << 1000, 5 >> 0
1 << -1
1 >> -1
1 << (2**70)
0 << (2**70), 5 >> (2**70), -5 >> (2**70)
1 & 1.0
1 << 1.0
~1.5
-9223372036854775808 >> 63, 9223372036854775807 << 1, -9223372036854775808 << 1
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
