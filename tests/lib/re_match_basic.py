from _re_loader import re

for p, s in [('abc', 'abcdef'), ('abc', 'xabc'), ('a.c', 'a\nc'), ('', 'x'), ('x*', 'xxxy')]:
    m = re.match(p, s)
    print(repr(p), repr(s), m, m and m.span())
c = re.compile(r'(\w+) (\w+)')
m = c.match('hello world again')
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(2), m.pos, m.endpos, m.string, m.re is c)
print(bool(m), m[0], m[1])
