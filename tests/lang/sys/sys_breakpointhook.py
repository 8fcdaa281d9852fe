# breakpoint() calls sys.breakpointhook, which follows $PYTHONBREAKPOINT:
# "module.attr" names the hook, "0" disables it, an unimportable name warns.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)

os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('hello', 42, sep='-')
print(sys.breakpointhook('direct'))

os.environ['PYTHONBREAKPOINT'] = 'print'
breakpoint('no dot means builtins')

os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint('ignored'))

os.environ['PYTHONBREAKPOINT'] = 'json.dumps'
print(sys.breakpointhook([1, 2]))

for spec in ('nosuchmodule_xyz.hook', 'json.nosuchattr'):
    os.environ['PYTHONBREAKPOINT'] = spec
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(breakpoint())
    print([(x.category.__name__, str(x.message)) for x in w])

calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or 'hooked'
print(breakpoint(1, x=2), calls)

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
