from _re_loader import re

c = re.compile(r'(?P<a>x)(y)', re.I | re.M)
print(c.pattern, c.flags & 0xff, c.groups, dict(c.groupindex))
print(c, re.compile('abc'), re.compile(b'a'), re.compile('a', re.S | re.X))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('b'), re.compile('a') != re.compile('a', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')), re.Pattern[str], re.Match[bytes])

print(c.__copy__() is c, c.__deepcopy__({}) is c, type(c).__name__, type(c.match('xy')).__name__)
print(repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))))
