# glob.glob / iglob with wildcards and recursion.
import glob
import os
import _ostmp
d = _ostmp.fresh('glob')
for f in ['a.py', 'b.py', 'c.txt', 'sub/d.py', 'sub/deep/e.py']:
    os.makedirs(os.path.dirname(os.path.join(d, f)), exist_ok=True)
    _ostmp.write(os.path.join(d, f), '')
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(d + '/*.py')))
print(rel(glob.glob(d + '/?.txt')), rel(glob.glob(d + '/[ab].py')))
print(rel(glob.glob(d + '/**/*.py', recursive=True)))
print(rel(glob.iglob(d + '/sub/*')), glob.glob(d + '/nothing*'))
print(glob.escape('a*b?[c]'), glob.has_magic('x*'), glob.has_magic('x'))
_ostmp.cleanup(d)
