# importlib.reload's errors: not a module, a module missing from sys.modules,
# a source that now fails (the old module object stays usable).
import importlib
import sys
import types

import _imptree

root = _imptree.make({'rle_mod.py': 'X = 1\n'})


def attempt(m):
    try:
        importlib.reload(m)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok')


try:
    attempt(42)
    attempt('rle_mod')
    attempt(types.ModuleType('rle_fresh'))
    import rle_mod
    _imptree.write(root, 'rle_mod.py', 'X = (\n')
    attempt(rle_mod)
    print(rle_mod.X, 'rle_mod' in sys.modules)
    _imptree.write(root, 'rle_mod.py', 'X = 2\nraise KeyError("during reload")\n', bump=4)
    attempt(rle_mod)
    print(rle_mod.X, 'rle_mod' in sys.modules)
    del sys.modules['rle_mod']
    attempt(rle_mod)
finally:
    _imptree.cleanup(root)
