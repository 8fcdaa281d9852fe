import _string
# A small string.Formatter built on _string, as Lib/string.py does.
def vformat(fmt, args, kwargs, depth=2):
    out = []
    auto = 0
    for literal, field, spec, conv in _string.formatter_parser(fmt):
        out.append(literal)
        if field is None:
            continue
        first, rest = _string.formatter_field_name_split(field)
        if first == '':
            first = auto
            auto += 1
        obj = args[first] if isinstance(first, int) else kwargs[first]
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        if conv == 'r':
            obj = repr(obj)
        elif conv == 's':
            obj = str(obj)
        elif conv == 'a':
            obj = ascii(obj)
        if depth > 1 and '{' in spec:
            spec = vformat(spec, args, kwargs, depth - 1)
        out.append(format(obj, spec))
    return ''.join(out)
class P:
    x = 3
    y = [10, 20]
tests = [('{} + {} = {}', (1, 2, 3), {}), ('{0!r:>8}|{name:^7}|', ('hi',), {'name': 'bob'}),
         ('{p.x} {p.y[1]} {{literal}}', (), {'p': P()}), ('{0:{1}.{2}f}', (3.14159, 10, 3), {}),
         ('{:,} {:08.3f} {!a}', (1234567, -2.5, 'é'), {}), ('{d[key]} {d[0]}', (), {'d': {'key': 'v', 0: 'zero'}})]
for fmt, a, k in tests:
    r = vformat(fmt, a, k)
    print(repr(r), r == fmt.format(*a, **k))
