# test: full-stderr
# raise ... from None hides the context; an explicit __suppress_context__ = False shows it
try:
    [][0]
except IndexError:
    err = ValueError('clean')
    try:
        raise err from None
    except ValueError as e:
        print('suppressed:', e.__suppress_context__)
try:
    [][0]
except IndexError:
    e = TypeError('shown again')
    e.__suppress_context__ = False
    raise e from None
