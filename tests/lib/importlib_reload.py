# importlib.reload re-runs a module whose source changed on disk, in the same
# module object, keeping names the new source no longer defines.
import importlib
import sys

import _imptree

root = _imptree.make({
    'rl_mod.py': 'X = 1\nOLD = "kept"\nCOUNT = globals().get("COUNT", 0) + 1\n',
    'rl_pkg/__init__.py': 'from . import part\nV = part.V\n',
    'rl_pkg/part.py': 'V = "a"\n',
})
try:
    import rl_mod
    first = rl_mod
    print(rl_mod.X, rl_mod.OLD, rl_mod.COUNT)
    _imptree.write(root, 'rl_mod.py', 'X = 2\nNEW = "new"\nCOUNT = globals().get("COUNT", 0) + 1\n')
    importlib.invalidate_caches()
    again = importlib.reload(rl_mod)
    print(again is first, rl_mod.X, rl_mod.NEW, rl_mod.OLD, rl_mod.COUNT)
    print(sys.modules['rl_mod'] is first)

    import rl_pkg
    print(rl_pkg.V, rl_pkg.part.V)
    _imptree.write(root, 'rl_pkg/part.py', 'V = "b"\n')
    importlib.reload(rl_pkg.part)
    print(rl_pkg.V, rl_pkg.part.V)
    importlib.reload(rl_pkg)
    print(rl_pkg.V)
    print(importlib.reload(importlib) is importlib)
finally:
    _imptree.cleanup(root)
