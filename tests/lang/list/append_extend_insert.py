# list.append, extend (any iterable, itself) and insert at every kind of position
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1]
a.append(2), a.append([3]), a
a.extend((4, 5)), a.extend(x for x in 'ab'), a.extend({}), a
b = [1, 2]
b.extend(b), b
c = [1, 2, 3]
c.insert(0, 'h'), c.insert(-1, 'm'), c.insert(100, 'e'), c.insert(-100, 's'), c
c.insert(True, 't'), c
''')
