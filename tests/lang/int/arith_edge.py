# int arithmetic at machine-word boundaries and unary ops
CASES = r'''
2**63 - 1 + 1, -2**63 - 1, (2**63 - 1) * 2, (2**31) * (2**31), 2**62 + 2**62, -(2**62) - 2**62 - 1, 3037000500 * 3037000500
(2**64 - 1) // 3, (2**64) % 10, -(2**64) // 10, 2**128 // 2**64, (2**127 - 1) % (2**61 - 1)
-(-(2**63)), +(-5), -0, ~(2**63 - 1), abs(-(2**63)), 9223372036854775807 + 9223372036854775807
int('9' * 40) + 1, int('-' + '9' * 40) - 1, 10**40 // 10**20, 10**40 % (10**20 + 7)
7 * 'ab'[:1], 0 * [1], (-1) ** (2**64), (-1) ** (2**64 + 1), 1 ** (10**100), 0 ** (10**100)
2 ** 100000 % 1000, len(str(2 ** 30000))
(10**20).bit_length(), (-10**20).bit_count(), (10**20).to_bytes(9, 'big'), int.from_bytes((10**20).to_bytes(9, 'little'), 'little')
1 + 'a'
'a' - 1
1 @ 2
-'a'
~1.0
+[]
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
