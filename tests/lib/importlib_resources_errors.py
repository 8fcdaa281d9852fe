# importlib.resources errors: missing resources, unknown packages, a plain
# module used as a package, bad argument types.
import importlib.resources as resources

import _imptree

root = _imptree.make({'rese_pkg/__init__.py': '', 'rese_mod.py': 'X = 1\n'})


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).replace(root, 'ROOT'))


try:
    attempt(lambda: (resources.files('rese_pkg') / 'missing.txt').read_text())
    attempt(lambda: resources.files('no_such_pkg_res'))
    attempt(lambda: resources.files('rese_mod').name)
    attempt(lambda: resources.files(42))
    attempt(lambda: list((resources.files('rese_pkg') / 'nodir').iterdir()))
finally:
    _imptree.cleanup(root)
