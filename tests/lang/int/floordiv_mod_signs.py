# int // and % sign rules with mixed signs and huge operands
CASES = r'''
7 // 2, 7 % 2, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2
0 // 5, 0 % -5, 5 // 1, -5 // 1
(10**30) // 7, (10**30) % 7, -(10**30) // 7, -(10**30) % 7
(10**30) // -(10**15 + 3), (10**30) % -(10**15 + 3)
-(2**100) // 3, -(2**100) % 3, (2**100) // -(2**64), (2**100) % -(2**65 + 1)
divmod(-(10**25), 10**12 + 1), divmod(10**25, -(10**12 + 1))
1 // 0
1 % 0
divmod(1, 0)
(10**50) // 0
(-9223372036854775808) // -1, (-9223372036854775808) % -1
(-2**63) * -1, abs(-2**63), -(-2**63)
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
