# runpy's errors: missing modules, packages without __main__, relative names,
# a directory without __main__.py, exceptions from the run code.
import os
import runpy

import _imptree

root = _imptree.make({'re_pkg/__init__.py': '', 're_dir/other.py': '',
                      're_boom.py': 'raise LookupError("from the module")\n'})


def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        print(type(e).__name__, str(e).replace(root, 'ROOT'))
    else:
        print('ok')


try:
    attempt(runpy.run_module, 'no_such_mod_rp')
    attempt(runpy.run_module, 're_pkg')
    attempt(runpy.run_module, '.relative')
    attempt(runpy.run_module, 're_pkg.missing')
    attempt(runpy.run_module, 'sys')
    attempt(runpy.run_module, 're_boom')
    attempt(runpy.run_path, os.path.join(root, 're_dir'))
    attempt(runpy.run_path, os.path.join(root, 'nothere.py'))
    attempt(runpy.run_path, os.path.join(root, 're_boom.py'))
finally:
    _imptree.cleanup(root)
