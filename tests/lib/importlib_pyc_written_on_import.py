# With sys.dont_write_bytecode off, importing a source module writes
# __pycache__/NAME.<cache_tag>.pyc (the module's __cached__), with
# importlib.util.MAGIC_NUMBER; with it on, nothing is written.
import importlib.util
import os
import sys

import _imptree

root = _imptree.make({'pw_yes.py': 'V = "yes"\n', 'pw_no.py': 'V = "no"\n'})
saved = sys.dont_write_bytecode
try:
    sys.dont_write_bytecode = False
    import pw_yes
    print(pw_yes.V, _imptree.tag(os.path.relpath(pw_yes.__cached__, root)), os.path.exists(pw_yes.__cached__))
    with open(pw_yes.__cached__, 'rb') as f:
        print(f.read(4) == importlib.util.MAGIC_NUMBER)
    sys.dont_write_bytecode = True
    import pw_no
    print(pw_no.V, _imptree.tag(os.path.relpath(pw_no.__cached__, root)), os.path.exists(pw_no.__cached__))
    print(sorted(_imptree.tag(n) for n in os.listdir(os.path.join(root, '__pycache__'))))
finally:
    sys.dont_write_bytecode = saved
    _imptree.cleanup(root)
