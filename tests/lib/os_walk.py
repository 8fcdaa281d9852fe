# os.walk top-down and bottom-up over a small tree.
import os
import _ostmp
d = _ostmp.fresh('walk')
for sub in ['a', 'a/x', 'b']:
    os.mkdir(os.path.join(d, sub))
for f in ['top.txt', 'a/one', 'a/x/two', 'b/three']:
    _ostmp.write(os.path.join(d, f), f)
def rel(p):
    return os.path.relpath(p, d)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(rel(root), dirs, sorted(files))
print('--')
print(sorted((rel(r), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d, topdown=False)))
for root, dirs, files in os.walk(d):
    dirs[:] = [x for x in dirs if x != 'a']
    print(rel(root), sorted(files))
errs = []
print(list(os.walk(d + '/missing', onerror=errs.append)), [type(e).__name__ for e in errs])
print(sorted(r.decode()[len(d):] for r, _, _ in os.walk(d.encode())))
_ostmp.cleanup(d)
