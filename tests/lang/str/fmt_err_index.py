# IndexError and KeyError from missing format arguments
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{} {}'.format(1)
'{1}'.format(1)
'{0}'.format()
'{}'.format()
'{5}'.format(1, 2)
'{a}'.format(1)
'{a}'.format(b=1)
'{0[5]}'.format([1])
'{0[x]}'.format({})
'{0.nope}'.format(1)
'{0} {}'.format(1, 2)
'{} {0}'.format(1, 2)
'{0:{}}'.format(1, 2)
'{:{0}}'.format(1, 2)
'{a.b}'.format(a=None)
'{0[0]}'.format(5)
''')
