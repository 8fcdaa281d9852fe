# eval/exec/compile/globals/locals basics and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
eval('1 + 2'), eval('x * 2', {'x': 5}), eval('x', {}, {'x': 7}), eval(compile('3', 's', 'eval')), exec('y = 1', {}), eval('len("ab")')
eval('1 +')
eval('x')
eval(5)
eval('1', 5)
exec('raise ValueError(3)')
g = {}; exec('a = 1\nb = a + 1', g); g['b'], '__builtins__' in g
eval('  1')
eval('1\n')
eval(b'1 + 1')
callable(__build_class__), __import__('sys').__name__, type(globals()).__name__
__import__('no_such_module_xyz')
__import__()
''')
