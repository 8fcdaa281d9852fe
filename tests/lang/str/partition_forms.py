# partition and rpartition, and their separator errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a-b-c'.partition('-')
'a-b-c'.rpartition('-')
'abc'.partition('x'), 'abc'.rpartition('x')
'abc'.partition('abc'), 'abc'.rpartition('abc')
''.partition('a'), ''.rpartition('a')
'aXXbXXc'.partition('XX'), 'aXXbXXc'.rpartition('XX')
'héé'.partition('é'), 'héé'.rpartition('é')
'abc'.partition('')
'abc'.rpartition('')
'abc'.partition(None)
'abc'.rpartition(b'b')
'abc'.partition()
''')
