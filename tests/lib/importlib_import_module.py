# importlib.import_module: absolute names, relative names with package=, and
# the module object it returns (the one in sys.modules).
import importlib
import sys

import _imptree

root = _imptree.make({
    'impm_pkg/__init__.py': 'NAME = "pkg"\n',
    'impm_pkg/sub/__init__.py': 'NAME = "sub"\n',
    'impm_pkg/sub/leaf.py': 'NAME = "leaf"\n',
    'impm_pkg/side.py': 'from .sub import leaf\nNAME = "side:" + leaf.NAME\n',
})
try:
    m = importlib.import_module('impm_pkg.sub.leaf')
    print(m.__name__, m.NAME, m is sys.modules['impm_pkg.sub.leaf'])
    print('impm_pkg' in sys.modules, 'impm_pkg.sub' in sys.modules)
    print(importlib.import_module('.side', package='impm_pkg').NAME)
    print(importlib.import_module('..side', package='impm_pkg.sub').NAME)
    print(importlib.import_module('.sub.leaf', 'impm_pkg') is m)
    print(importlib.import_module('.', 'impm_pkg.sub').NAME)
    print(importlib.import_module('json').__name__, importlib.import_module('os.path').__name__)
    print(importlib.import_module('impm_pkg').sub.leaf.NAME)
finally:
    _imptree.cleanup(root)
