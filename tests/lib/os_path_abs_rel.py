# abspath/relpath/realpath against a known working directory, expanduser, expandvars.
import os
import _ostmp
d = _ostmp.fresh('absrel')
old = os.getcwd()
os.chdir(d)
print(os.path.abspath('x') == d + '/x', os.path.abspath('.') == d, os.path.abspath('/a/../b'))
print(os.path.relpath(d + '/a/b'), os.path.relpath('/x', '/y/z'), os.path.relpath('a', 'a'))
print(os.path.realpath('sub/..') == d)
os.environ['HOME'] = '/home/tester'
print(os.path.expanduser('~/x'), os.path.expanduser('x~'), os.path.expanduser('~'))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)
os.chdir(old)
_ostmp.cleanup(d)
