from _re_loader import re

print(re.findall(r'(?<=\$)\d+', 'cost $10 or $200, not 30'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $10 or $200, not 30'))
print(re.search(r'(?<=abc)def', 'abcdef').span(), re.search(r'(?<=(a))b', 'ab').groups())
print(re.match(r'(?<=a)', 'a'), re.compile(r'(?<=a)b').search('ab', 1))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error:', e)
