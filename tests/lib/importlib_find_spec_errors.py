# importlib.util.find_spec's errors: relative names without a package, a
# missing parent, a parent that is not a package, __spec__ None or missing.
import importlib.util
import sys
import types


def attempt(*args):
    try:
        print(importlib.util.find_spec(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt('.x')
attempt('no_parent_fs.child')
attempt('json.decoder.child')
m = types.ModuleType('fse_nospec')
m.__spec__ = None
sys.modules['fse_nospec'] = m
attempt('fse_nospec')
m2 = types.ModuleType('fse_nospec2')
del m2.__spec__
sys.modules['fse_nospec2'] = m2
attempt('fse_nospec2')
attempt('..x', 'json')
attempt(3)
