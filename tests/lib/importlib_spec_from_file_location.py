# importlib.util.spec_from_file_location + module_from_spec +
# spec.loader.exec_module: loading a file under any name, outside sys.modules.
import importlib.util
import os
import sys

import _imptree

root = _imptree.make({'sff/plugin.py': 'NAME = __name__\nFILE = os.path.basename(__file__)\n' if False else
                      'import os\nNAME = __name__\nFILE = os.path.basename(__file__)\n'
                      'def hello(who):\n    return "hello " + who\n',
                      'sff/pkgdir/__init__.py': 'P = __package__\n'}, on_path=False)
try:
    path = os.path.join(root, 'sff', 'plugin.py')
    spec = importlib.util.spec_from_file_location('my.plugin', path)
    print(spec.name, spec.parent, spec.has_location, os.path.basename(spec.origin))
    print(_imptree.tag(os.path.relpath(spec.cached, root)))
    mod = importlib.util.module_from_spec(spec)
    print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, 'my.plugin' in sys.modules)
    spec.loader.exec_module(mod)
    print(mod.NAME, mod.FILE, mod.hello('krait'))
    print(spec.loader.get_filename('my.plugin') == path, spec.loader.is_package('my.plugin'))
    print(spec.loader.get_source('my.plugin').splitlines()[1])
    init = os.path.join(root, 'sff', 'pkgdir', '__init__.py')
    pspec = importlib.util.spec_from_file_location(
        'pkgdir', init, submodule_search_locations=[os.path.dirname(init)])
    pmod = importlib.util.module_from_spec(pspec)
    pspec.loader.exec_module(pmod)
    print(pmod.P, [os.path.basename(p) for p in pmod.__path__])
    print(importlib.util.spec_from_file_location('x', os.path.join(root, 'data.txt')))
finally:
    _imptree.cleanup(root)
