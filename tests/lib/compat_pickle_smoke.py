# _compat_pickle (bundled): the Python 2 <-> 3 name maps pickle uses.
import _compat_pickle as cp

print(cp.IMPORT_MAPPING["cPickle"], cp.IMPORT_MAPPING["Queue"], cp.REVERSE_IMPORT_MAPPING["queue"])
print(cp.NAME_MAPPING[("__builtin__", "xrange")], cp.REVERSE_NAME_MAPPING[("builtins", "range")])
print(len(cp.PYTHON2_EXCEPTIONS) > 40, "ZeroDivisionError" in cp.PYTHON2_EXCEPTIONS)
