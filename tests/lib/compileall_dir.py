# compileall.compile_dir over a small tree: quiet output, the .pyc files it
# writes (named with sys.implementation.cache_tag), maxlevels, force, and
# that a second run compiles nothing.
import compileall
import os

import _imptree

root = _imptree.make({'tree/a.py': 'A = 1\n', 'tree/pkg/__init__.py': '', 'tree/pkg/b.py': 'B = 2\n',
                      'tree/pkg/deep/c.py': 'C = 3\n', 'tree/notes.txt': 'not python\n'}, on_path=False)
old = os.getcwd()
os.chdir(root)


def caches():
    out = []
    for d, dirs, files in os.walk('tree'):
        dirs.sort()
        out += [_imptree.tag(os.path.join(d, f)) for f in sorted(files) if f.endswith('.pyc')]
    return out


try:
    print(compileall.compile_dir('tree', quiet=1, maxlevels=1))
    print(caches())
    print(compileall.compile_dir('tree', quiet=1))
    print(caches())
    print(compileall.compile_dir('tree', quiet=0))
    print(compileall.compile_file('tree/a.py', quiet=0, force=True))
    print(compileall.compile_file('tree/notes.txt', quiet=0))
    print(compileall.compile_dir('tree/nothere', quiet=0))
finally:
    os.chdir(old)
    _imptree.cleanup(root)
