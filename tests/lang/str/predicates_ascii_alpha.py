# isalpha, isalnum, isspace, isascii, islower
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[(c, c.isalpha(), c.isalnum(), c.isspace(), c.isascii()) for c in 'aZ5 \té²½ÀΩ\u3000\x1c\x85\u200b_']
''.isalpha(), ''.isalnum(), ''.isspace(), ''.isascii(), ''.islower(), ''.isupper()
'abc123'.isalnum(), 'abc 123'.isalnum(), '\x7f'.isascii(), '\x80'.isascii()
'abc'.islower(), 'abC'.islower(), 'a1!'.islower(), '1!'.islower(), 'ǆ'.islower()
'ª'.islower(), 'ʰ'.islower(), 'ⅰ'.islower(), 'Ⅰ'.isupper(), 'ⓐ'.islower(), 'Ⓐ'.isupper()
sum(1 for c in range(0x110000) if chr(c).isalpha())
sum(1 for c in range(0x110000) if chr(c).isspace())
sum(1 for c in range(0x110000) if chr(c).islower())
sum(1 for c in range(0x110000) if chr(c).isupper())
sum(1 for c in range(0x110000) if chr(c).isalnum())
'a'.isalpha(1)
''')
