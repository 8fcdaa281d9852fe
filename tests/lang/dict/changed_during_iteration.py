# mutating a dict while iterating it raises RuntimeError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {1: 1, 2: 2}
for k in d: d[k + 10] = 0
d = {1: 1, 2: 2}
for k in d: del d[k]
d = {1: 1, 2: 2}
for v in d.values(): d.pop(1)
d = {1: 1, 2: 2}
for kv in d.items(): d.clear()
d = {1: 1, 2: 2}
for k in d: d[k] = 5
d
''')
