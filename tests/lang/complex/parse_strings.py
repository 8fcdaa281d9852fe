# complex() from strings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
complex('1+2j'), complex(' 1+2j '), complex('(1+2j)'), complex(' ( 1-2j ) '), complex('j'), complex('-j'), complex('+J'), complex('3'), complex('-3.5e2j')
complex('1e3+1e-3j'), complex('inf+nanj'), complex('-infj'), complex('1_0+2_0j'), complex('nan'), complex('0x') if False else 0
complex('1+2J'), complex('.5-.5j'), complex('1.+1.j'), complex('\t1j\n')
complex('1+2j', 0)
complex('1 + 2j')
complex('1+2')
complex('1+2jj')
complex('(1+2j')
complex('1+2j)')
complex('')
complex('()')
complex('j1')
complex('1__0j')
complex('1+2i')
complex('--1')
complex('1+-2j')
''')
