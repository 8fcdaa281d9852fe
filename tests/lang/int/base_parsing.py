# int(x, base): prefixes, underscores, whitespace, base 0
CASES = r'''
int('ff', 16), int('0xff', 16), int('0xFF', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int('Z', 36)
int(' 42 '), int('\t-17\n'), int('+5'), int('1_000'), int('0x_ff', 16), int('0_0', 0), int('00', 0)
int('1__0')
int('_1')
int('1_')
int('010', 0)
int('0x', 16)
int('12', 1)
int('12', 37)
int('12', -1)
int('', 10)
int(' ')
int('9', 8)
int('0b2', 0)
int(b'42'), int(bytearray(b' 7 ')), int(b'ff', 16)
int('١٢٣'), int('\u0663\u0664', 10)
int(3.9), int(-3.9), int(True), int('  -0  ')
int(1e100)
int(float('inf'))
int(float('nan'))
int('12', base=10), int(x='12')
int(12, 10)
int(None)
int([1])
int('0b101', 2), int('0o7', 8), int('0X1f', 16)
int('1e5')
int('12abc')
int('-', 10)
int('٣', 0)
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
