from _re_loader import re

print(re.search(r'\d+', 'abc 123 456'))
print(re.search(r'x', 'abc'))
c = re.compile(r'o')
print(c.search('foo boo', 3), c.search('foo boo', 3, 5), c.search('foo', 10), c.search('foo', -5))
print(re.search(r'^b', 'ab'), re.search(r'(?m)^b', 'a\nb'))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
