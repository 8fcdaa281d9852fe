from _re_loader import re

print(re.match(r'hello', 'HeLLo', re.I), re.match(r'(?i)σ', 'Σ'), re.match(r'(?i)ς', 'σ'))
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?ia)k', 'kK\u212a'))
print(re.match(r'(?i)[abc]+', 'AbC'), re.match(r'(?i)[^b]', 'B'))
print(re.match(b'(?i)abc', b'ABC'), re.match(r'(?i)\u00e9', '\u00c9'))
print(re.search(r'(?i:A)b', 'ab aB Ab'), re.match(r'(?i)(a)\1', 'aA'))
