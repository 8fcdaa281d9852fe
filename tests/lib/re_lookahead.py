from _re_loader import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\b(?!un)\w+', 'undo redo unit it'))
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?=a)', 'a').span(), re.match(r'(?!a)', 'a'))
print(re.search(r'a(?=b)', 'ac ab').span(), re.match(r'((?=a)|b)+', 'b'))
