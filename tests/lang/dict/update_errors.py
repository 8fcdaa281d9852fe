# dict.update / dict() with bad arguments
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
{}.update([(1, 2, 3)])
{}.update([(1, 2), (3,)])
{}.update([1])
{}.update(5)
{}.update({}, {})
dict([(1, 2, 3)])
dict([1, 2])
dict(1, 2)
dict(['abc'])
dict({}, {})
dict(None)
''')
