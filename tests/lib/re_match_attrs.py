from _re_loader import re

m = re.search(r'(?P<w>b+)(c)?', 'abbd')
print(m, repr(m), m.regs, m.lastindex, m.lastgroup, m.re.pattern)
print(m.expand(r'[\1|\g<w>|\2]'), m.span(), m.span(2), m.start(2), m.end(2))
print(re.match('a', 'a' * 100))
print(repr(re.match('.*', 'x' * 100))[:70])

print(m.__copy__() is m, m.__deepcopy__({}) is m, m.string, m.pos, m.endpos, re.compile('b').search('abc', 1, 2).endpos)
