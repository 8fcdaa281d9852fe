# str.format fill and alignment for str, int and float
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{:<8}|'.format('ab')
'{:>8}|'.format('ab')
'{:^8}|'.format('ab')
'{:^7}|'.format('ab')
'{:*^9}'.format('mid')
'{:-<6}'.format(42)
'{:x>6}'.format(3.5)
'{:=+8}'.format(42)
'{:0=8}'.format(-42)
'{:<}'.format('x')
'{:}'.format('x')
'{:{}<6}'.format('a', '!')
'{:é^7}'.format('z')
'{:<3}'.format('abcdef')
'{0:^10}{1:>4}'.format('q', 7)
'{:\n^5}'.format('a')
''')
