# dir() of builtin types: the non-dunder names and CPython's dunders (no extra __radd__)
for t in (int, float, str, list, tuple, dict, set, bytes, bool, complex, range):
    names = dir(t)
    print(t.__name__, names == sorted(names), [n for n in names if not n.startswith('_')])
print('__radd__' in dir(list), '__radd__' in dir(str), '__radd__' in dir(int), '__rmul__' in dir(list))
print(sorted(set(dir(list)) - set(dir(object))))
print(sorted(set(dir(dict)) - set(dir(object))))
print(sorted(set(dir(str)) - set(dir(object)) - {'__getnewargs__'}))
