# dict views' mapping attribute and vars(cls) are mappingproxy objects
CASES = r'''
d = {'a': 1}
d.keys().mapping, d.values().mapping['a'], type(d.items().mapping).__name__
class C: x = 1
type(vars(C)).__name__, vars(C)['x'], type(C.__dict__).__name__
vars(C)['y'] = 2
{'a': []}.items() & {('a', 2)}
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
