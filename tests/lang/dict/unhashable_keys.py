# unhashable keys raise TypeError in every dict operation
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {1: 2}
d[[]]
d[[]] = 1
{[]: 1}
{{}: 1}
d.get({})
[] in d
del d[set()]
dict.fromkeys([[1]])
d.pop([])
d.setdefault(bytearray(), 1)
''')
