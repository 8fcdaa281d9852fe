# A module created after its directory was first searched is found once
# importlib.invalidate_caches() has run; a missing one still raises.
import importlib
import importlib.util
import os
import sys

import _imptree

root = _imptree.make({'ic_first.py': 'V = 1\n'})
try:
    import ic_first
    print(ic_first.V)
    try:
        import ic_later
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
    with open(os.path.join(root, 'ic_later.py'), 'w') as f:
        f.write('V = "later"\n')
    os.makedirs(os.path.join(root, 'ic_pkg'))
    with open(os.path.join(root, 'ic_pkg', '__init__.py'), 'w') as f:
        f.write('P = "pkg"\n')
    print(importlib.invalidate_caches())
    import ic_later
    import ic_pkg
    print(ic_later.V, ic_pkg.P)
    print(importlib.util.find_spec('ic_missing'))
    print(sys.path_importer_cache[root].__class__.__name__)
finally:
    _imptree.cleanup(root)
