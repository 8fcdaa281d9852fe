from _re_loader import re

s = '<a><b></b></a>'
print(re.match(r'<.*>', s).group(), re.match(r'<.*?>', s).group())
print(re.match(r'a{2,4}', 'aaaaa').group(), re.match(r'a{2,4}?', 'aaaaa').group())
print(re.match(r'(ab)+?c', 'ababc').group(), re.match(r'(?:a|b)*?b', 'aabab').group())
print(re.match(r'(a+)(a*)', 'aaaa').groups(), re.match(r'(a+?)(a*)', 'aaaa').groups())
print(re.match(r'(?:x(a)?){2,3}', 'xaxx').groups(), re.match(r'a{3}', 'aa'), re.match(r'a{,2}', 'aaa'))
