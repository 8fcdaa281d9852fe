# dict.popitem removes the last inserted item; empty dict raises KeyError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1, 'b': 2, 'c': 3}
d.popitem(), d.popitem(), d
d['z'] = 0; d['a'] = 9
d.popitem(), d.popitem()
d.popitem()
{}.popitem()
d.popitem(1)
''')
