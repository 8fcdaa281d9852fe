# os.makedirs / os.removedirs and their errors.
import os
import _ostmp
d = _ostmp.fresh('makedirs')
deep = os.path.join(d, 'a', 'b', 'c')
os.makedirs(deep)
print(os.path.isdir(deep))
os.makedirs(deep, exist_ok=True)
try:
    os.makedirs(deep)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == deep)
_ostmp.write(os.path.join(d, 'f'), '')
try:
    os.makedirs(os.path.join(d, 'f'), exist_ok=True)
except FileExistsError as e:
    print('FileExistsError')
try:
    os.makedirs(os.path.join(d, 'f', 'x'))
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno)
os.removedirs(deep)
print(os.path.exists(os.path.join(d, 'a')), os.path.exists(d))
os.mkdir(os.path.join(d, 'm'), 0o755)
print(os.path.isdir(os.path.join(d, 'm')))
try:
    os.mkdir(os.path.join(d, 'm'))
except FileExistsError as e:
    print(e.strerror)
try:
    os.mkdir(os.path.join(d, 'no', 'such'))
except FileNotFoundError as e:
    print(e.strerror)
_ostmp.cleanup(d)
