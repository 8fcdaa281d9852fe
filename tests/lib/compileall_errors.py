# compileall over files with syntax errors: compile_dir/compile_file return
# False and print the error (quiet=1 prints errors only); good files are
# still compiled.
import compileall
import os

import _imptree

root = _imptree.make({'etree/good.py': 'G = 1\n', 'etree/bad.py': 'def f(\n',
                      'etree/sub/worse.py': 'return 5\n'}, on_path=False)
old = os.getcwd()
os.chdir(root)
try:
    print(compileall.compile_dir('etree', quiet=1))
    print(sorted(_imptree.tag(f) for f in os.listdir('etree/__pycache__')))
    print(compileall.compile_file('etree/sub/worse.py', quiet=1))
    print(compileall.compile_file('etree/bad.py', quiet=2))
    try:
        compileall.compile_dir('etree', workers=-1)
    except Exception as e:
        print(type(e).__name__, e)
finally:
    os.chdir(old)
    _imptree.cleanup(root)
