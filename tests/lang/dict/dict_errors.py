# dict method argument errors and key errors for unusual keys
CASES = r'''
{}.setdefault()
{}.pop()
{}.pop(1, 2, 3)
{}.popitem(1)
{}.keys(1)
{}.update(1, 2)
dict.fromkeys(1)
{}[(1, [2])]
{}[()]
{}[(1, 2)]
{}[frozenset()]
{}[None]
{}[1.5]
{}['']
{}[b'x']
d = {}; d[[]] = 1
del {}[1]
{1: 2}.get([])
{1: 2}.pop([], 5)
{1: 2} | 5
{1: 2} < {1: 2}
dict.fromkeys('ab', 1).popitem(), len(dict.fromkeys(range(1000)))
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
