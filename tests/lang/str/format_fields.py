# str.format field names: indexes, attributes, items, auto numbering, escapes
CASES = r'''
'{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{0[1]} {0[x]}'.format({1: 'one', 'x': 'ex'}), '{0.real}'.format(3+4j), '{a[0]}'.format(a=[9])
'{{}} {{{}}}'.format(7), '{0}{0}'.format('z'), '{x}{y}'.format(x=1, y=2), '{0[0][1]}'.format([[1, 2]])
'{} {1}'.format(1, 2)
'{1} {}'.format(1, 2)
'{2}'.format(1)
'{x}'.format(y=1)
'{0[5]}'.format([1])
'{0.nope}'.format(1)
'{'.format()
'}'.format()
'{0!}'.format(1)
'{0!rr}'.format(1)
'{:}}'.format(1)
'{0[}'.format(1)
'{0]}'.format(1)
'{-1}'.format(1)
'{0[-1]}'.format({'-1': 'neg'})
'{0.}'.format(1)
'{0[]}'.format(1)
'{:{}}'.format(1, '{}')
'{:{:{}}}'.format(1, 2, 3)
'{a.b}'.format_map({'a': 1})
'{k}'.format_map({'k': 'v'})
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
'{a} {b}'.format_map(D(a=1))
'{0}'.format_map({0: 'zero'})
'{}'.format_map({})
'x'.format_map(5)
str.format()
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
