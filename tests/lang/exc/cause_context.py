# __cause__/__context__/__suppress_context__ set by raise, raise from and handlers
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('from') from z
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = RuntimeError()
e.__cause__ = KeyError('k')
print(e.__suppress_context__)
for bad in (1, 'x'):
    try:
        e.__cause__ = bad
    except TypeError as err:
        print(err)
try:
    e.__context__ = 5
except TypeError as err:
    print(err)
try:
    raise ValueError from 5
except TypeError as err:
    print(err)
