# shutil.copyfile/copy/copytree/move/rmtree over the posix module.
import os
import shutil
import _ostmp
d = _ostmp.fresh('shutil')
_ostmp.write(d + '/a.txt', 'alpha')
print(shutil.copyfile(d + '/a.txt', d + '/b.txt') == d + '/b.txt', open(d + '/b.txt').read())
os.mkdir(d + '/sub')
shutil.copy(d + '/a.txt', d + '/sub')
print(sorted(os.listdir(d + '/sub')))
shutil.copytree(d + '/sub', d + '/tree')
print(sorted(os.listdir(d + '/tree')))
shutil.move(d + '/b.txt', d + '/tree/moved.txt')
print(sorted(os.listdir(d + '/tree')), os.path.exists(d + '/b.txt'))
shutil.rmtree(d + '/tree')
print(sorted(os.listdir(d)))
try:
    shutil.copyfile(d + '/missing', d + '/x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    shutil.copyfile(d + '/a.txt', d + '/a.txt')
except shutil.SameFileError as e:
    print('SameFileError')
print(shutil.which('krait-definitely-missing'))
shutil.rmtree(d)
print(os.path.exists(d))
