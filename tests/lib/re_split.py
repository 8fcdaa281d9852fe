from _re_loader import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c', maxsplit=-1))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'\d', ''))
