# except clauses with bad types
def check(handler):
    try:
        try:
            raise ValueError('v')
        except handler:
            print('caught')
    except TypeError as e:
        print('TypeError:', e)
check(ValueError)
check((KeyError, ValueError))
check(int)
check((ValueError, 5))
check('ValueError')
check(())
class Meta(type): pass
class Odd(Exception, metaclass=Meta): pass
check(Odd)
try:
    raise ValueError
except ValueError or KeyError:
    print('or expression evaluates to ValueError')
