import unicodedata as u
for arg in ('FOO', 'x' * 300, 'LATIN SMALL LETTER', ''):
    try:
        u.lookup(arg)
    except KeyError as e:
        print('KeyError', e)
for args in ((1,), (), ('a', 'b')):
    try:
        u.lookup(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    u.name('\x00')
except ValueError as e:
    print('ValueError', e)
