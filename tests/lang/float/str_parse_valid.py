# float() from strings: whitespace, underscores, inf/nan spellings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
float(' 1_0.5 '), float('1_000.000_1'), float('1e1_0'), float('\t-2.5\n'), float('+.5'), float('5.'), float('.5e-3'), float('1E5')
float('inf'), float('-Infinity'), float('+iNf'), float('nan'), float('-NaN'), float(' infinity '), float('INFINITY')
float('0x10') if False else 0, float('1e500'), float('-1e500'), float('1e-500'), float('-0'), float('00.1')
float(b'1.5'), float(bytearray(b' 2 ')), float('١٫٥') if False else 0, float('\u0661.\u0665'), float('\u2003 3.5 ')
float(), float(2**53 + 1), float(True), float('9' * 400), float('0.' + '0' * 400 + '1')
''')
