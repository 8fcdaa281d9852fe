# importlib.util.find_spec: found, not found, submodules, packages, modules
# already imported, and the spec's attributes.
import importlib.util
import os
import sys

import _imptree

root = _imptree.make({'fs_pkg/__init__.py': 'X = 1\n', 'fs_pkg/mod.py': 'Y = 2\n'})
try:
    print(importlib.util.find_spec('no_such_mod_fs'))
    print(importlib.util.find_spec('fs_pkg.missing'))
    s = importlib.util.find_spec('fs_pkg')
    print(s.name, s.parent, s.has_location, os.path.basename(s.origin))
    print([os.path.basename(p) for p in s.submodule_search_locations])
    print(_imptree.tag(os.path.relpath(s.cached, root)))
    print('fs_pkg' in sys.modules)
    m = importlib.util.find_spec('fs_pkg.mod')
    print(m.name, m.parent, m.submodule_search_locations, os.path.basename(m.origin))
    print('fs_pkg.mod' in sys.modules, 'fs_pkg' in sys.modules)
    print(importlib.util.find_spec('.mod', 'fs_pkg').name)
    j = importlib.util.find_spec('json')
    print(j.name, j.submodule_search_locations is not None, j.parent)
    b = importlib.util.find_spec('sys')
    print(b.origin, b.loader.__name__, b.has_location, b.cached)
    print(b.loader in sys.meta_path)
    import fs_pkg.mod
    print(importlib.util.find_spec('fs_pkg.mod') is fs_pkg.mod.__spec__)
finally:
    _imptree.cleanup(root)
