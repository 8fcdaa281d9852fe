# complex.__format__ with thousands separators, types and padding
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format(1234567.5-7654321j, ','), format(1234567.5-7654321j, '_'), format(1234567.5-7654321j, ',.2f'), format(-1e20+1234j, ',g')
format(12j, ',.0f'), format(-123-0j, '_'), format(1234+5678j, '>30,.1f'), format(1234+5678j, '*<30_.1e'), format(1234+5678j, '^+30,')
format(1+2j, '.2f'), format(1+2j, '>20'), format(1+2j, '+.3e'), format(1.5-2j, 'g'), format(1j, ''), format(-0j, ''), format(1+1j, '#.0f')
format(3+0j, ''), format(3+0j, 'g'), format(0+3j, 'g'), format(-0.0+3j, 'g'), format(1+2j, 'n'), format(complex('nan+infj'), 'F')
format(1+2j, ',n')
format(1+2j, '020')
format(1+2j, '=20')
format(1+2j, 'd')
format(1+2j, '%')
format(1+2j, 'c')
''')
