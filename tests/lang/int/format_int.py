# int formatting: every presentation type, grouping, sign, fill, # and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'), format(255, 'd'), format(255, 'n'), format(65, 'c'), format(255, ''), format(-255, '#b'), format(-255, '#o'), format(-255, '#X')
format(1234567, ','), format(1234567, '_'), format(-1234567, '_x'), format(0xFFFFFFFF, '_b'), format(1234, '08,'), format(-1234, '08,d'), format(1234, '=+9'), format(1234, '*<9'), format(1234, '^+9')
format(5, 'e'), format(5, 'f'), format(5, 'g'), format(5, '%'), format(5, '.2f'), format(5, 'E'), format(5, 'G'), format(10**20, 'e'), format(10**20, ','), format(-0, '+')
format(1, 's')
format(1, ',b')
format(1, ',x') if False else format(1, '_o')
format(1, '.2')
format(-1, 'c')
format(1, ',c')
format(1, '#c')
format(1, '=^5')
format(123, 'z')
format(-0, 'z5')
format(True, 'x'), format(True, '>5'), format(False, '#b'), '{:08.3f}'.format(7), '{:+d}'.format(0), '{: }'.format(-7)
''')
