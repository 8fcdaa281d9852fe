import _string
print(sorted(n for n in dir(_string) if not n.startswith('__')))
for f in ['a{{b}}c{0!r:>5}', '', 'abc', '{}', '{0.a[1]:{x}}', '{!s}', '{a}}}', '{:}', '{0!r}', '{{}}', 'x{0}y{1}z',
          '{a[}]}', '{0:{1}{2}}', '{ü}', 'é{0:ü>3}', '{!x}', 'x{', '}x', '{0:', '{0!r', '{0!rx}', '{a{b}', '{0!}']:
    try:
        print(repr(f), list(_string.formatter_parser(f)))
    except ValueError as e:
        print(repr(f), 'ValueError', e)
for bad in [5, None, b'x']:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print(e)
