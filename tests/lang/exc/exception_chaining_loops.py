# Context chaining avoids cycles; re-raising the same exception keeps its context
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise KeyError('b')
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is None)
e1 = ValueError(1)
e2 = KeyError(2)
e1.__context__ = e2
try:
    try:
        raise e1
    except ValueError:
        raise e2
except KeyError as e:
    print(repr(e.__context__), e.__context__.__context__)
