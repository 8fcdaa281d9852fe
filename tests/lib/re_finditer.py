from _re_loader import re

it = re.finditer(r'\w+', 'one two  three')
print(iter(it) is it)
for m in it:
    print(m.group(), m.span())
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.group() for m in re.compile(r'.').finditer('abcdef', 1, 4)])
print(list(re.finditer('x', 'abc')))
