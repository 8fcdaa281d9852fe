# dict.setdefault inserts once; get never inserts
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {}
d.setdefault('a'), d
d.setdefault('a', 5), d.setdefault('b', []), d
d.setdefault('b', [1]).append(2); d
d.get('z'), d.get('z', 0), 'z' in d
d.setdefault()
d.setdefault(1, 2, 3)
d.setdefault([], 1)
d.get([])
d.get()
''')
