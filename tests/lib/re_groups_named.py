from _re_loader import re

c = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?')
m = c.match('2024-05')
print(m.group('year'), m['month'], m.group('day'), m.groupdict(), m.groupdict('-'))
print(m.groups(), m.groups(0), c.groups, dict(c.groupindex))
print(m.start('month'), m.end('month'), m.span('day'), m.lastindex, m.lastgroup)
for bad in ['nope', 5, -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
