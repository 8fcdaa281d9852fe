# X | Y on types builds types.UnionType for isinstance/issubclass
CASES = r'''
int | str, isinstance(True, bool | str), issubclass(int, int | None), (int | str).__args__
isinstance(1, int | list[int])
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
