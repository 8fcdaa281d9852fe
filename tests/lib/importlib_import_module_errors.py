# importlib.import_module's errors: relative names without a package, names
# beyond the top-level package, missing modules and submodules, bad types.
import importlib

import _imptree

root = _imptree.make({'impe_pkg/__init__.py': '', 'impe_pkg/bad.py': '1 +\n',
                      'impe_pkg/boom.py': 'raise RuntimeError("boom at import")\n'})


def attempt(*args):
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', None))
    else:
        print('ok', args)


try:
    attempt('.x')
    attempt('..x', 'impe_pkg')
    attempt('no_such_module_xyz')
    attempt('impe_pkg.nothere')
    attempt('json.decoder.nothere')
    attempt('')
    attempt('impe_pkg.boom')
    attempt('impe_pkg.bad')
    attempt(42)
    attempt('.x', 42)
finally:
    _imptree.cleanup(root)
