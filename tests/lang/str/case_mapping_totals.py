# whole-range checks of upper, lower, title, casefold lengths
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
sum(len(chr(c).upper()) for c in range(0x110000))
sum(len(chr(c).lower()) for c in range(0x110000))
sum(len(chr(c).title()) for c in range(0x110000))
sum(len(chr(c).casefold()) for c in range(0x110000))
[hex(c) for c in range(0x110000) if len(chr(c).upper()) == 3][:8]
[hex(c) for c in range(0x110000) if len(chr(c).lower()) > 1]
sum(1 for c in range(0x110000) if chr(c).swapcase() != chr(c))
sum(1 for c in range(0x110000) if chr(c).istitle())
sum(1 for c in range(0x110000) if chr(c).isprintable())
sum(1 for c in range(0x110000) if ('a' + chr(c)).isidentifier())
sum(1 for c in range(0x110000) if chr(c).isidentifier())
''')
