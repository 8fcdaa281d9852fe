# Edge cases: pos past endpos, empty matches, deep nesting, conditional and zero repeats.
from _re_loader import re
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1), re.compile('x*').findall('abc', 2, 1))
print(re.compile('a').split('bab', 0), re.sub('(?<=a)', '-', 'aaa'), re.findall(r'\b|\B', 'ab'))
print(re.match('(' * 50 + 'a' + ')' * 50, 'a').span(50))
print(re.findall(r'(?:a|b)(?=c)|.', 'abcac'))
print(re.sub('a|(b)', r'[\1]', 'ab'))
print(re.match(r'(?:(?:a)*)*b', 'a'*25 + 'c'))
print(re.search(r'(a)(?!\1)b', 'aab ab'))
print(re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd').span())
print(re.search(r'a{0}b', 'ab').span(), re.match(r'(?:){3}', 'x').span())
print(re.match(r'(a){0}?', 'a').groups())
