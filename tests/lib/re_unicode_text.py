from _re_loader import re

print(re.findall(r'\w+', 'Grüße, мир! 你好'), re.sub(r'ü', 'ue', 'Grüße'))
print(re.search(r'😀+', 'ab😀😀c').span(), re.findall(r'.', 'a😀'))
print(re.match(r'(?i)straße', 'STRASSE'), re.match(r'(?i)ǆ', 'ǅ'), re.match(r'(?i)ǅ', 'Ǆ'))
print(re.split(r'\s+', 'a\u2003b\u3000c'), re.findall(r'\d+', '١٢٣ 45'))
