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
'a'.isalpha(1)
''')
# one pass over the code points (all assigned planes; 15-16 are private use) for the table-wide counts
counts = [0] * 5
for c in list(range(0x40000)) + list(range(0xE0000, 0xE1000)):  # every assigned plane but private use
    ch = chr(c)
    counts[0] += ch.isalpha()
    counts[1] += ch.isspace()
    counts[2] += ch.islower()
    counts[3] += ch.isupper()
    counts[4] += ch.isalnum()
print(counts)
