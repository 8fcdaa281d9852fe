from _re_loader import re

for p in ['(', ')', '[a', 'a**', '(?P<1>a)', '\\', '(?<=a*)b', 'x{2,1}', '(?P=n)', '\\9']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), 'error:', e)
try:
    re.compile('a').match(5)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').match()
except TypeError as e:
    print('TypeError')
