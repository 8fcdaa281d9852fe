from _re_loader import re

print(re.match(r'(\w+) \1', 'hello hello world'))
print(re.match(r'(\w+) \1', 'hello help'))
print(re.search(r'(?P<c>.)(?P=c)', 'abccd').group())
print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.match(r'(a)?\1', 'b'), re.match(r'(?i)(ab)\1', 'abAB'))
print(re.match(r'(a)|\1b', 'b'))
