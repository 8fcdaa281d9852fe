# any/all/len/callable/bool with iterators, generators and errors
CASES = r'''
any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(5)), all(x < 2 for x in range(5))
it = iter([0, 0, 1, 2]); any(it), list(it)
it = iter([1, 1, 0, 3]); all(it), list(it)
any(5)
all()
len([1, 2]), len('é'), len(b'ab'), len({1: 2}), len(range(5)), len(frozenset()), len(memoryview(b'abc'))
len(5)
len(iter([]))
class L:
    def __len__(self): return -1
len(L())
class L2:
    def __len__(self): return 2**70
len(L2())
class L3:
    def __len__(self): return 1.5
len(L3())
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
