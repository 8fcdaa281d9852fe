from _re_loader import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'))
print(re.sub(r'(a)', r'\g<1>\g<0>\n', 'xay'))
print(re.sub(r'a', r'\t', 'a'), re.sub(r'(b)?a', r'[\1]', 'a ba'))
try:
    re.sub(r'a', r'\2', 'a')
except re.error as e:
    print('error:', e)
try:
    re.sub(r'a', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError:', e)
