# type() does not resolve __mro_entries__ (PEP 560); types.new_class does.
import types
class E:
    def __mro_entries__(self, bases):
        return (int,)
try:
    type('T', (E(),), {})
except TypeError as e:
    print('TypeError', e)
T = types.new_class('T', (E(),))
print(T.__bases__, T.__orig_bases__[0].__class__.__name__, T(3) + 1)
try:
    type('U', (1,), {})
except TypeError as e:
    print('TypeError', e)
type('V', (int, E()), {})
