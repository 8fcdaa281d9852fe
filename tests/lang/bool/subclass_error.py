# bool cannot be subclassed and bool() takes no keywords
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class B(bool): pass
type('B', (bool,), {})
bool.__new__(bool, 5), bool.__new__(bool)
bool.__new__(int, 5)
True.__class__, type(True).__mro__, isinstance(True, int), issubclass(bool, int)
bool.__base__, bool.__name__, bool.__qualname__
True.real, True.imag, True.numerator, True.denominator
''')
