# os.getcwd / getcwdb / chdir and relative paths.
import os
import _ostmp
d = _ostmp.fresh('chdir')
old = os.getcwd()
print(type(os.getcwd()).__name__, type(os.getcwdb()).__name__, os.getcwdb() == os.getcwd().encode())
os.chdir(d)
print(os.getcwd() == d, os.path.realpath('.') == os.path.realpath(d))
_ostmp.write('rel.txt', 'r')
print(os.path.exists(d + '/rel.txt'), os.listdir('.'))
os.mkdir('sub')
os.chdir('sub')
print(os.getcwd() == d + '/sub')
os.chdir('..')
print(os.getcwd() == d)
try:
    os.chdir('missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
try:
    os.chdir('rel.txt')
except NotADirectoryError as e:
    print('NotADirectoryError', e.filename)
os.chdir(old)
print(os.getcwd() == old)
_ostmp.cleanup(d)
