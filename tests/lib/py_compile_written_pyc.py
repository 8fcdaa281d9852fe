# py_compile.compile writes __pycache__/NAME.<cache_tag>.pyc with CPython's
# 16-byte header and importlib.util.MAGIC_NUMBER, and a later import uses it:
# the source changes but keeps its mtime and size, so the stale .pyc wins.
import importlib.util
import os
import py_compile
import struct

import _imptree

root = _imptree.make({'pyc_mod.py': 'X = "one"\n'})
try:
    src = os.path.join(root, 'pyc_mod.py')
    st = os.stat(src)
    out = py_compile.compile(src, doraise=True)
    print(_imptree.tag(os.path.relpath(out, root)))
    print(out == importlib.util.cache_from_source(src))
    with open(out, 'rb') as f:
        data = f.read()
    magic, flags, mtime, size = struct.unpack('<4sIII', data[:16])
    print(magic == importlib.util.MAGIC_NUMBER, flags, mtime == int(st.st_mtime) & 0xFFFFFFFF, size)
    with open(src, 'w') as f:
        f.write('X = "two"\n')
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    import pyc_mod
    print(pyc_mod.X, _imptree.tag(os.path.relpath(pyc_mod.__cached__, root)))
    custom = py_compile.compile(src, cfile=os.path.join(root, 'elsewhere.pyc'))
    print(os.path.relpath(custom, root), os.path.exists(custom))
finally:
    _imptree.cleanup(root)
