# str character classes: isdecimal/isdigit/isnumeric/isalpha/isalnum/isspace/isprintable/isidentifier
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[c.isdecimal() for c in '1١²½Ⅻ৪①a']
[c.isdigit() for c in '1١²½Ⅻ৪①a']
[c.isnumeric() for c in '1١²½Ⅻ৪①a一']
[c.isalpha() for c in 'aéΣ中ǅ1 _ʰ\u0345']
[c.isalnum() for c in 'a1²½_ -']
[c.isspace() for c in ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200b\u2028\u3000\ufeffa']
[c.isprintable() for c in 'a \t\n\x7f\xa0\xad\u200b\u2028\U0001f600\ue000\U000e0001']
['a'.isidentifier(), '_x1'.isidentifier(), '1x'.isidentifier(), 'é'.isidentifier(), 'x-y'.isidentifier(), ''.isidentifier(), 'ℕ'.isidentifier(), '℘x'.isidentifier(), 'a\u00b7'.isidentifier(), '\u00b7a'.isidentifier(), 'class'.isidentifier()]
''.isdecimal(), ''.isalpha(), ''.isspace(), ''.isprintable(), 'abc'.isascii(), 'é'.isascii(), ''.isascii(), '\x7f'.isascii()
'Ⅷ'.isupper(), 'ⅷ'.islower(), 'ⓐ'.islower(), 'ª'.islower(), 'ʰ'.islower(), '𝐀'.isupper(), '𝐚'.isalpha()
'abc'.isdigit(1)
''')
