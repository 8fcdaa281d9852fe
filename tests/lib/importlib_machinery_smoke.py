import importlib, importlib.machinery, importlib.util
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.all_suffixes()[:1])
print(importlib.import_module("json").__name__, importlib.import_module("os.path").__name__)
print(importlib.util.find_spec("nonexistent_module_xyz"))
import _imp
print(_imp.is_builtin("sys") != 0, _imp.is_builtin("nope_nope"), _imp.is_frozen("nope_nope"))
