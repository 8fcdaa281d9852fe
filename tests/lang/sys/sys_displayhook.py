# sys.displayhook: prints repr and stores builtins._, skips None; a replaced
# hook sees the values of the REPL's expression statements (compiled in 'single' mode).
import builtins
import sys

print(sys.displayhook is sys.__displayhook__)
sys.displayhook(None)
print(hasattr(builtins, '_'))
sys.displayhook([1, 'a'])
print(builtins._)
sys.displayhook(None)
print(builtins._)

seen = []
sys.displayhook = seen.append
exec(compile('1 + 2', '<input>', 'single'))
exec(compile('None', '<input>', 'single'))
exec(compile('x = 5\nx * 2\n', '<input>', 'exec'))
sys.displayhook = sys.__displayhook__
print(seen)
exec(compile('"shown"', '<input>', 'single'))
print(builtins._)


class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')


try:
    sys.displayhook(BadRepr())
except ValueError as e:
    print('ValueError', e, builtins._)

try:
    sys.displayhook()
except TypeError as e:
    print(e)

del sys.displayhook
try:
    exec(compile('42', '<input>', 'single'))
except RuntimeError as e:
    print(e)
sys.displayhook = sys.__displayhook__

saved = sys.stdout
sys.stdout = None
try:
    sys.__displayhook__(7)
except RuntimeError as e:
    sys.stdout = saved
    print(e)
