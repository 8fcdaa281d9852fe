from _re_loader import re

s = 'one\ntwo\nthree'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M), re.findall(r'\w+$', s, re.M))
print(re.findall(r'.+', s), re.findall(r'.+', s, re.S), re.findall(r'(?s)o.t', s))
print(re.search(r'e$', 'one\n'), re.search(r'e\Z', 'one\n'), re.search(r'\Ao', s))
print(re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'$', 'a\nb\n'))
