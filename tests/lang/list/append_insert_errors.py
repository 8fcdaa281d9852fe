# wrong arguments to append, extend and insert
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[].append()
[].append(1, 2)
[].extend(5)
[].extend(None)
[].insert(1)
[].insert('a', 1)
[].insert(1.5, 1)
[].extend()
''')
