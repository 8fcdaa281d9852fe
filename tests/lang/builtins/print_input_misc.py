# print() sep/end/file/flush arguments and their errors
CASES = r'''
print(1, 2, sep='-', end='!\n')
print('a', 'b', sep=None, end=None)
print(sep='x')
print(1, sep=5)
print(1, end=5)
print(1, file=5)
print(1, flush=True)
print(*[1, 2, 3], sep='')
print(1, bogus=1)
import sys
print('to stdout', file=sys.stdout)
print()
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
