from _re_loader import re

c = re.compile(r'a|ab')
print(c.fullmatch('ab'), c.match('ab'), c.fullmatch('abc'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.compile(r'o+').fullmatch('foo', 1), re.compile(r'o').fullmatch('foo', 1, 2))
print(re.fullmatch(r'(a*)*', 'aaa'), re.fullmatch(r'a*?', 'aaa'))
