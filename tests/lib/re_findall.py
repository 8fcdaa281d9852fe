from _re_loader import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'a*', 'baaac'), re.findall(r'a*?', 'baa'), re.findall(r'', 'abc'))
print(re.findall(r'(a)|b', 'ab'), re.compile(r'\w').findall('abcdef', 2, 4))
