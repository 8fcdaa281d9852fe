# set and frozenset method argument errors
CASES = r'''
set().add()
set().add(1, 2)
set().remove([])
set().discard([])
{1}.union(5)
{1}.intersection(5)
{1}.issubset(5)
{1}.isdisjoint(5)
frozenset().union(1)
{1} - [1]
{1} ^ 5
{1} < 5
{1}.update(5)
{1}.difference_update(5)
[] in {1}
{1}.pop(1)
frozenset([1]).remove(1)
frozenset([1]).discard(1)
frozenset.union()
set.add(frozenset(), 1)
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
