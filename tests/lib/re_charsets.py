from _re_loader import re

print(re.findall(r'[a-c]+', 'abcdcba'), re.findall(r'[^a-c]+', 'abcdxcba'))
print(re.findall(r'[\d\s]+', 'a1 2b3'), re.findall(r'[\w.-]+', 'a.b-c d'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[\]\\]', 'a]\\'), re.findall(r'[.^$]', 'a.^$'))
print(re.findall(r'[\u0100-\u0200]+', 'xĀāȀy'), re.findall(r'[^\W\d]+', 'ab12cd_3'))
print(re.findall(r'[\S]+', 'a b'), re.findall(r'[\D]', '1a2'), re.findall(r'[😀-😂]', 'a😁b'))
