import sys
f = sys.flags
print(type(f).__name__, len(f), f.debug, f.optimize, f.verbose, f.isolated, f.dev_mode)
print(f[0] == f.debug, f.int_max_str_digits == -1 or f.int_max_str_digits >= 0)
try:
    f.debug = 1
except AttributeError as e:
    print(type(e).__name__)
try:
    type(f)()
except TypeError as e:
    print(type(e).__name__, e)
