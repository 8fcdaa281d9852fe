# runpy.run_path: a script file, a directory with __main__.py, init_globals,
# run_name, and what the code sees (__name__, __file__, sys.argv[0]).
import os
import runpy
import sys

import _imptree

script = ('import sys, os\n'
          'print("in", __name__, os.path.basename(__file__), __spec__ and __spec__.name,'
          ' repr(__package__), os.path.basename(sys.argv[0]))\n'
          'RESULT = globals().get("SEED", 0) * 2\n')
root = _imptree.make({'rp/script.py': script, 'rp/app/__main__.py': script,
                      'rp/app/helper.py': 'H = "helper"\n'}, on_path=False)
try:
    argv0 = sys.argv[0]
    g = runpy.run_path(os.path.join(root, 'rp', 'script.py'))
    print(g['__name__'], g['RESULT'], sys.argv[0] == argv0)
    g = runpy.run_path(os.path.join(root, 'rp', 'script.py'), init_globals={'SEED': 21}, run_name='custom')
    print(g['__name__'], g['RESULT'], 'SEED' in g)
    g = runpy.run_path(os.path.join(root, 'rp', 'app'), run_name='__main__')
    print(g['__name__'], g['RESULT'], g['__spec__'].name)
    print(os.path.join(root, 'rp', 'app') in sys.path, sys.argv[0] == argv0)
    g = runpy.run_path(os.path.join(root, 'rp', 'app', 'helper.py'))
    print(g['H'], sorted(k for k in g if k.startswith('__') and k != '__builtins__'))
finally:
    _imptree.cleanup(root)
