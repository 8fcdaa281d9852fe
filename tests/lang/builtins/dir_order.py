# dir() results sorted like CPython's for types, instances and modules
CASES = r'''
dir(str)[-10:]
[x for x in dir(list) if not x.startswith('__')]
[x for x in dir(dict) if not x.startswith('__')]
[x for x in dir(set) if not x.startswith('__')]
[x for x in dir(bytes) if not x.startswith('__')]
[x for x in dir(bytearray) if not x.startswith('__')]
[x for x in dir(float) if not x.startswith('__')]
[x for x in dir(complex) if not x.startswith('__')]
[x for x in dir(tuple) if not x.startswith('__')]
[x for x in dir(range) if not x.startswith('__')]
[x for x in dir(frozenset) if not x.startswith('__')]
[x for x in dir(str) if not x.startswith('__')]
[x for x in dir(memoryview) if not x.startswith('__')]
class A:
    z = 1
    def m(self): pass
a = A(); a.b = 2
[x for x in dir(a) if not x.startswith('__')], [x for x in dir(A) if not x.startswith('__')]
class D:
    def __dir__(self): return ['b', 'a', 'c']
dir(D())
class E:
    def __dir__(self): return 5
dir(E())
dir(1, 2)
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
