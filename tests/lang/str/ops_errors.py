# str operator and method argument errors
CASES = r'''
'a' * 'b'
'a' * 1.5
'abc'.count()
'abc'.split(' ', 1, 2)
'abc'.join()
'abc'.zfill()
'abc'.zfill('3')
'abc'.center()
'abc'.expandtabs('2')
'abc'.splitlines(1, 2)
'abc'.encode(errors=5)
'abc'.startswith(b'a')
'abc' % 5
'%d' % []
'abc'.index('z', 1)
'abc'.partition(1)
'abc'.replace('a', 'b', 'c')
'abc'.strip('a', 'b')
'abc'[1:2:0]
'abc'.format_map()
str.upper(5)
str.upper()
'a'.__add__(1), 'a'.__mul__('b'), 'a'.__mod__(1) if False else 0
'a'.ljust(10**20)
'a' * (10**20)
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
