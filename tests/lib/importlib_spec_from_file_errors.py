# Errors while loading from a spec made by spec_from_file_location: a missing
# file, a syntax error, an exception in the module body.
import importlib.util
import os

import _imptree

root = _imptree.make({'sfe/bad.py': 'def f(:\n    pass\n',
                      'sfe/raises.py': 'A = 1\nraise ValueError("module body failed")\n'}, on_path=False)


def load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(root, rel))
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except Exception as e:
        msg = str(e).replace(root, 'ROOT')
        print(type(e).__name__, msg)
    else:
        print('loaded', name)
    return mod


try:
    load('missing', 'sfe/missing.py')
    load('bad', 'sfe/bad.py')
    m = load('raises', 'sfe/raises.py')
    print(m.A)
    try:
        importlib.util.module_from_spec(None)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        importlib.util.spec_from_file_location()
    except Exception as e:
        print(type(e).__name__, e)
finally:
    _imptree.cleanup(root)
