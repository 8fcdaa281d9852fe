from _re_loader import re

print(re.sub(r'\s+', ' ', 'a   b \t c'))
print(re.sub(r'a', 'b', 'aaa', count=2), re.sub(r'a', 'b', 'aaa', 0))
print(re.subn(r'o', '0', 'foo boo'))
print(re.sub(r'x*', '-', 'abc'), re.sub(r'', '-', 'ab'))
print(re.sub(r'q', 'z', 'abc'), re.subn(r'q', 'z', 'abc'))
print(re.compile(r'\d').sub('#', 'a1b2c3', 2))
