# ~True in 3.11: no DeprecationWarning, just -2
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import warnings
warnings.simplefilter('error')
~True, ~False
not True, not not 0
True & 1, True and 'x', False or 'y'
''')
