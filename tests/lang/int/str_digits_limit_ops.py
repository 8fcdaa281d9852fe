# operations hitting the 4300-digit limit: str(), repr(), format(), %-format, int()
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
big = 10**4300
str(big)
repr(-big)
format(big, ',')
format(big, 'd')
'%d' % big
'%s' % big
'{}'.format(big)
f'{big!r}'
int('2' * 4301, 10)
int('2' * 4301, 0)
int('-' + '2' * 4301)
int(b'2' * 4301)
len(format(big, 'x')), len(format(big, 'b')), len(format(big, 'o')), len(format(big, '#x')), float(big) if False else 0
str(10**4299)[-3:], int('2' * 4300) % 10, big.bit_length()
''')
