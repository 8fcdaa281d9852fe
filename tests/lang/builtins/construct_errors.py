# constructor argument errors of builtin types
CASES = r'''
list(1, 2)
tuple(a=1)
dict(1, 2)
set(a=1)
frozenset(1, 2)
str(1, 2, 3, 4)
bytes(1, 2)
bytes('a')
bytes('a', 'ascii', 'strict', 4)
float(1, 2)
complex(1, 2, 3)
int(1, 2, 3)
bool(1, 2)
object(1)
range(1, 2, 3, 4)
slice()
memoryview()
enumerate([], 1, 2)
reversed()
zip(x=1)
filter(None, [], [])
type('A', (int, str), {})
class X(bool): pass
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
