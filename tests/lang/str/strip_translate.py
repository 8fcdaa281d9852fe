# str strip family with chars, translate and maketrans
CASES = r'''
'  x  '.strip(), 'xxhixx'.strip('x'), 'abchicba'.strip('abc'), 'x'.strip(''), '\t\n x \x0b\x1c\u3000'.strip(), 'aab'.lstrip('a'), 'baa'.rstrip('a'), '  x '.lstrip(None)
'x'.strip(1)
str.maketrans('abc', 'xyz'), str.maketrans({'a': 'b', 98: None}), str.maketrans('ab', 'cd', 'e')
'abcde'.translate(str.maketrans('abc', 'xyz', 'e')), 'abc'.translate({97: 'AA', 98: None, 99: 100}), 'abc'.translate({}), 'héllo'.translate({ord('é'): 'e'})
str.maketrans('ab', 'c')
str.maketrans('a')
str.maketrans({'ab': 1})
str.maketrans({1.5: 'x'})
str.maketrans(1, 2)
'abc'.translate({97: 1.5})
'abc'.translate({97: 0x110000})
class T:
    def __getitem__(self, k):
        if k == 97: return 'Z'
        raise LookupError
'abc'.translate(T())
'abc'.translate(['x'] * 98)
'abc'.translate(None)
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
