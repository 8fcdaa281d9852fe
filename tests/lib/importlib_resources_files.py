# importlib.resources.files over a package directory on disk: reading text
# and bytes, joinpath and /, iterdir, is_file/is_dir, as_file.
import importlib.resources as resources
import os

import _imptree

root = _imptree.make({'res_pkg/__init__.py': '', 'res_pkg/data.txt': 'hello data\nline two\n',
                      'res_pkg/sub/inner.txt': 'inner\n', 'res_pkg/sub/__init__.py': ''})
try:
    files = resources.files('res_pkg')
    print(type(files).__name__, files.name)
    print(repr(files.joinpath('data.txt').read_text()))
    print((files / 'data.txt').read_bytes()[:5], (files / 'sub' / 'inner.txt').read_text().strip())
    print(sorted(p.name for p in files.iterdir() if p.name != '__pycache__'))
    print((files / 'sub').is_dir(), (files / 'data.txt').is_file(), (files / 'nope').exists())
    with (files / 'data.txt').open() as f:
        print(f.readline().strip())
    with resources.as_file(files / 'data.txt') as path:
        print(path.name, os.path.isfile(path))
    import res_pkg
    print(resources.files(res_pkg) == files, resources.files('res_pkg.sub').name)
finally:
    _imptree.cleanup(root)
