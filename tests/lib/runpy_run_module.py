# runpy.run_module: a module and a package (its __main__) under run_name
# '__main__', with alter_sys (sys.argv[0], sys.modules['__main__']) or not.
import os
import runpy
import sys

import _imptree

body = ('import sys, os\n'
        'print("run", __name__, __spec__.name, repr(__package__), os.path.basename(__file__),'
        ' os.path.basename(sys.argv[0]), sys.modules["__main__"].__name__ == "__main__")\n'
        'VALUE = 7\n')
root = _imptree.make({'rm_pkg/__init__.py': 'print("init rm_pkg")\n', 'rm_pkg/tool.py': body,
                      'rm_pkg/__main__.py': body})
try:
    main = sys.modules['__main__']
    g = runpy.run_module('rm_pkg.tool', run_name='__main__')
    print(g['__name__'], g['VALUE'], 'rm_pkg.tool' in sys.modules)
    g = runpy.run_module('rm_pkg.tool', run_name='__main__', alter_sys=True)
    print(sys.modules['__main__'] is main, sys.argv[0] == __file__)
    g = runpy.run_module('rm_pkg', run_name='__main__')
    print(g['__name__'], g['__spec__'].name)
    g = runpy.run_module('rm_pkg.tool')
    print(g['__name__'], g['__loader__'] is not None, g['__cached__'] is not None)
    g = runpy.run_module('json.tool')
    print(g['__name__'], callable(g['main']))
finally:
    _imptree.cleanup(root)
