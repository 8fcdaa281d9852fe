# getattr/setattr/delattr/hasattr/vars/callable/isinstance/issubclass errors
CASES = r'''
class C:
    x = 1
c = C()
getattr(c, 'x'), getattr(c, 'y', 2), hasattr(c, 'x'), hasattr(c, 'y'), setattr(c, 'y', 3), c.y, delattr(c, 'y'), hasattr(c, 'y'), vars(c)
getattr(c, 'y')
getattr(c, 1)
getattr(c)
setattr(c, 1, 2)
delattr(c, 'nope')
delattr(1, 'real')
setattr(1, 'x', 2)
vars(1)
vars(c, 1)
sorted(vars(C))[:3]
callable(len), callable(C), callable(c), callable(None), callable(lambda: 0), callable(C.__init__)
isinstance(1, (str, (int,))), isinstance(1, ()), issubclass(bool, (str, int))
isinstance(1, 1)
issubclass(1, int)
issubclass(int, 1)
isinstance(1, (int, 1))
isinstance(1, [int])
type(1), type('a', (), {}).__name__, type(type), type.__name__
type()
type(1, 2)
type('a', 1, {})
type('a', (), 1)
id(c) == id(c), len(str(id(c))) > 0
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
