# test: full-stderr
# Printing exceptions: empty message, multi-arg, custom __str__, nested module name
class Custom(Exception):
    def __str__(self):
        return 'custom text'
import traceback
for e in (ValueError(), ValueError('a', 'b'), Custom(), KeyError('k'), SystemExit(3)):
    traceback.print_exception(type(e), e, None)
class Outer:
    class Inner(Exception): pass
raise Outer.Inner('qualname shown?')
