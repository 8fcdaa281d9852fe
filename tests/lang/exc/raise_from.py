# raise ... from ... sets __cause__; implicit chaining sets __context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__)
try:
    try:
        raise IndexError("a")
    except IndexError:
        raise TypeError("b") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__)
