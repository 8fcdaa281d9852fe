import _string
for f in ['a.b[0]', '0', '', 'a[x].y', '12[3]', 'a]b', 'x.y.z', 'a[0][1]', 'a[ 1]', 'a[-1]', 'é.ü', '١٢', 'a.b.c[d.e]']:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(repr(f), repr(first), list(rest))
    except ValueError as e:
        print(repr(f), 'ValueError', e)
for f in ['a.', 'a[', 'x[]', 'a[0]b', 'a..b']:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(repr(f), repr(first), list(rest))
    except ValueError as e:
        print(repr(f), 'ValueError', e)
try:
    _string.formatter_field_name_split(3)
except TypeError as e:
    print(e)
