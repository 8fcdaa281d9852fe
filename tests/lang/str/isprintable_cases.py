# str.isprintable on controls, spaces and format characters
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
''.isprintable(), 'abc'.isprintable(), ' '.isprintable()
'\t'.isprintable(), '\n'.isprintable(), '\x7f'.isprintable(), '\x00'.isprintable()
'\xa0'.isprintable(), '\xad'.isprintable(), 'é'.isprintable()
'\u200b'.isprintable(), '\u2028'.isprintable(), '\u3000'.isprintable()
'\ud800'.isprintable(), '\ue000'.isprintable(), '\ufeff'.isprintable()
'\U0001F600'.isprintable(), '\U000E0001'.isprintable(), '\U0010FFFF'.isprintable()
'\u0378'.isprintable(), '\u0301'.isprintable()
[c for c in range(0x80, 0xc0) if chr(c).isprintable()][:5]
sum(1 for c in range(0x10000) if chr(c).isprintable())
''')
