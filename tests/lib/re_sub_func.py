from _re_loader import re

print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3'))
print(re.subn(r'[aeiou]', lambda m: m.group().upper(), 'education'))
calls = []
def f(m):
    calls.append(m.span())
    return ''
print(re.sub(r'x*', f, 'axb'), calls)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError')
