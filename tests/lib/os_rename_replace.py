# os.rename / os.replace for files and directories, with two-path errors.
import os
import _ostmp
d = _ostmp.fresh('rename')
a, b, c = d + '/a', d + '/b', d + '/c'
_ostmp.write(a, 'A')
os.rename(a, b)
print(os.path.exists(a), open(b).read())
_ostmp.write(c, 'C')
os.replace(c, b)
print(sorted(os.listdir(d)), open(b).read())
os.mkdir(d + '/dir')
os.rename(d + '/dir', d + '/dir2')
print(sorted(os.listdir(d)))
try:
    os.rename(d + '/missing', d + '/x')
except FileNotFoundError as e:
    print(e.errno, e.filename == d + '/missing', e.filename2 == d + '/x')
try:
    os.rename('krait_missing_a', 'krait_missing_b')
except OSError as e:
    print(e)
_ostmp.cleanup(d)
