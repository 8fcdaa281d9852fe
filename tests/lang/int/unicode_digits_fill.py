# non-ASCII digits in int()/float(), unicode fill characters, zero padding with alignment, hex/oct/bin
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int('\u00a012\u00a0'), int('\u0968\u0966'), int('\uff11\uff12'), float('\uff11.\uff15'), int('\U0001d7ce\U0001d7cf')
int('\u0968\u0966', 16), int('٢_٣')
int('1\u00a0')
float('1\u00a0')
format(5, '€^7'), format(1.5, '\U0001f600>6'), format(1j, '€<8'), format(True, '€>4')
format(5, '1000000000000000000000000')
format(65, '5c'), format(0x1F600, 'c'), format(10, '^#9b'), format(-10, '^#9b')
format(5, '<0'), format(5, '>05'), format(-5, '^05'), format(5, '0<5'), format(-5, '+06'), format(5, '-06'), format(5, ' 06')
format(1.5, '<06'), format(-1.5, '^08'), format(-1.5, '08'), format(float('nan'), '08'), format(float('-inf'), '08')
format(1.5, '0<8'), format(1.5, '0>8'), format(-1.5, '0=8')
str(10**20), repr(-10**20), str(-0), str(+0)
'%s' % (10**20,), f'{10**20:_}', f'{-2**64:#x}', f'{2**64:o}', f'{2**64:b}'[:10]
hex(-0), oct(-8), bin(-5), hex(2**64), hex(-(2**64)), oct(10**20), bin(2**65)
hex(1.5)
bin('1')
oct(None)
''')
