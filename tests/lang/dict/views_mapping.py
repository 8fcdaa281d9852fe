# dict views' mapping attribute and vars(cls) are mappingproxy objects
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1}
d.keys().mapping, d.values().mapping['a'], type(d.items().mapping).__name__
class C: x = 1
type(vars(C)).__name__, vars(C)['x'], type(C.__dict__).__name__
vars(C)['y'] = 2
{'a': []}.items() & {('a', 2)}
''')
