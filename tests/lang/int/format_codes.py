# int.__format__ with b, o, x, X, c, d, n, #, grouping and padding
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'), format(65, 'c'), format(255, 'd'), format(1234567, 'n')
format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'), format(-255, '#x'), format(0, '#b')
format(1234567, ','), format(1234567, '_'), format(0xdeadbeef, '_x'), format(0b1010101, '_b'), format(-1234567, '+,'), format(1234, ' ')
format(42, '08'), format(-42, '08'), format(42, '#010x'), format(42, '*^9'), format(42, '=+8'), format(42, '<5') + '|', format(-42, '=8,')
format(10**20, ','), format(-(10**20), '_d'), format(255, '#_b'), format(1234, '012,'), format(1234, '0=12,')
format(42, 'e'), format(42, '.2f'), format(42, 'g'), format(42, '%'), format(42, 'F'), format(42, 'G'), format(10**20, 'e')
format(True, 'd'), format(True, ''), format(True, 'x'), format(False, '>5'), format(True, '^7')
'{:x}'.format(-1), '{0:#o}'.format(8), f'{255:#08b}', f'{1000000:,d}', f'{-1:c}' if False else 0
''')
