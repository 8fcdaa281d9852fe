from _re_loader import re

s = 'ab' * 50000
print(len(re.match(r'(?:a|b)*', s).group()), len(re.match(r'(ab)*', s).group()))
print(len(re.match(r'(?:ab)*?$', s).group()), re.match(r'((a)|b)+', s).span(2))
print(len(re.findall(r'a', s)), len(re.sub(r'b', '', s)), len(re.split(r'a', s)))
print(re.match(r'(a+)+b', 'a' * 20), re.search(r'x', s))
print(len(re.match(r'(?:(?:a)b)+', s).group()), len(re.match(r'(?:a(?=b)b)*', s).group()))
print(re.fullmatch(r'(a|b)*c', s + 'c').span(), len(re.match(r'(.)*', 'x' * 100000).group(1)))
