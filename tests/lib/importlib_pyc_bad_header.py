# A cached .pyc that can't be used (wrong magic number, truncated header, or a
# stale source mtime) is ignored: the import compiles the source instead.
import importlib
import importlib.util
import os
import sys

import _imptree

cases = {'bh_magic': b'\x00\x00\r\n' + bytes(12), 'bh_short': b'abc', 'bh_empty': b''}
root = _imptree.make({name + '.py': 'V = %r\n' % name for name in cases})
try:
    os.mkdir(os.path.join(root, '__pycache__'))
    for name, data in cases.items():
        with open(importlib.util.cache_from_source(os.path.join(root, name + '.py')), 'wb') as f:
            f.write(data)
    for name in cases:
        print(importlib.import_module(name).V)
    src = os.path.join(root, 'bh_stale.py')
    with open(src, 'w') as f:
        f.write('V = "old"\n')
    import py_compile
    py_compile.compile(src)
    _imptree.write(root, 'bh_stale.py', 'V = "new"\n', bump=5)
    import bh_stale
    print(bh_stale.V)
finally:
    _imptree.cleanup(root)
