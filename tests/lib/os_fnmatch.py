# fnmatch patterns over names listed from a directory.
import fnmatch
import os
import _ostmp
d = _ostmp.fresh('fnmatch')
for f in ['one.py', 'two.py', 'three.txt', 'Four.PY']:
    _ostmp.write(os.path.join(d, f), '')
names = sorted(os.listdir(d))
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, 't*'))
print(fnmatch.fnmatch('Four.PY', '*.PY'), fnmatch.fnmatchcase('Four.PY', '*.py'), fnmatch.translate('*.py'))
_ostmp.cleanup(d)
