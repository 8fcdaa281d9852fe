# the str type's dunder methods and operator fallbacks
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
hasattr(str, '__radd__'), hasattr(list, '__radd__'), hasattr(tuple, '__radd__'), hasattr(bytes, '__radd__')
hasattr(str, '__rmul__'), hasattr(str, '__rmod__'), hasattr(list, '__rmul__')
'a'.__radd__('b')
str.__add__('a', 'b'), str.__mul__('a', 3), str.__rmul__('a', 2), str.__mod__('%d', 5)
'a'.__add__(1), 'a'.__mul__('b'), 'a'.__mod__(()) 
'a'.__rmod__('b'), 'a'.__rmod__(1)
'a'.__lt__(1), 'a'.__eq__(1), 'a'.__ne__('b'), 'a'.__ge__('a')
'abc'.__contains__('b'), 'abc'.__len__(), 'abc'.__getitem__(1), str.__iter__('ab').__next__()
'abc'.__contains__(1)
str.__len__(5)
str.upper(5)
str.join(1, [])
class M:
    def __rmod__(self, o): return 'rmod ' + o
    def __radd__(self, o): return 'radd ' + o
'abc' % M(), 'abc' + M()
class SS(str):
    def __rmod__(self, o): return 'sub rmod'
    def __radd__(self, o): return 'sub radd'
'abc' % SS('x'), 'abc' + SS('x')
'a' + 1
1 + 'a'
[] + 'a'
''')
