# The bundled site module: addsitedir() adds a directory and the paths its
# .pth files list (skipping comments, missing directories and duplicates).
import os
import site
import sys
import tempfile

print(site.ENABLE_USER_SITE in (True, False, None))
print(callable(site.addsitedir), callable(site.getsitepackages))
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'sub'))
    with open(os.path.join(d, 'extra.pth'), 'w') as f:
        f.write('# a comment\n' + os.path.join(d, 'sub') + '\n' + os.path.join(d, 'missing') + '\n')
    before = len(sys.path)
    site.addsitedir(d)
    print([p.replace(d, 'D') for p in sys.path[before:]])
    site.addsitedir(d)
    print(len(sys.path) - before)
print(site.makepath('a', 'b')[1] == os.path.abspath(os.path.join('a', 'b')))
