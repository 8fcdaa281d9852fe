# list method argument errors and mutation-during-iteration behaviours
CASES = r'''
[].index()
[].count()
[1].insert('a', 2)
[1].pop(1, 2)
[].extend()
[].copy(1)
[].clear(1)
[].reverse(1)
[1, 2, 3][1:2:0]
[1] + 'a'
[1] += 5
a = [1]; a += 5
a = [1, 2, 3]
for x in a: a.remove(x)
a
a = [1, 2, 3]
b = [x for x in a if a.append(x) or len(a) < 6]
a, b
list.__init__([1, 2], 'ab'), list.__new__(list)
a = [0] * 3; a.__init__([9]); a
[].__getitem__()
[3, 2, 1].sort(key=1)
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
