from _re_loader import re

print(re.match(r'a*+a', 'aaa'), re.match(r'a*+b', 'aab'))
print(re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?>ab|a)c', 'abc'))
print(re.match(r'(?:ab)++', 'ababa'), re.match(r'(?:ab)?+a', 'aba'))
print(re.match(r'x(?:a|b)*+c', 'xababc'), re.match(r'(?:a|ab)++c', 'ababc'))
print(re.match(r'a{1,2}+a', 'aaa'), re.match(r'(?>(a+))b', 'aab').groups())
print(re.match(r'(?:(a)|b){2,}+c', 'bac'), re.match(r'(?:a|b){2,}+', 'a'))
