# py_compile.compile's errors: syntax errors (PyCompileError with doraise,
# printed otherwise), a missing source file.
import os
import py_compile
import sys

import _imptree

root = _imptree.make({'pce_bad.py': 'x = (1,\n', 'pce_indent.py': 'if x:\npass\n'}, on_path=False)
try:
    for name in ['pce_bad.py', 'pce_indent.py']:
        try:
            py_compile.compile(os.path.join(root, name), doraise=True)
        except py_compile.PyCompileError as e:
            print(type(e).__name__, e.exc_type_name, os.path.basename(e.file))
            print(str(e.exc_value).replace(root, 'ROOT'))
        print(os.path.exists(os.path.join(root, '__pycache__')))
    try:
        py_compile.compile(os.path.join(root, 'nothere.py'), doraise=True)
    except Exception as e:
        print(type(e).__name__, e.errno)
    saved, sys.stderr = sys.stderr, sys.stdout
    try:
        print(py_compile.compile(os.path.join(root, 'pce_bad.py'), quiet=2))
    finally:
        sys.stderr = saved
finally:
    _imptree.cleanup(root)
