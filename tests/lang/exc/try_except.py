# Basic try / except matching
try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)
try:
    {}['missing']
except LookupError as e:
    print("LookupError base caught", type(e).__name__, repr(e))
try:
    int('abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x = 1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
try:
    raise KeyError('k')
except IndexError:
    print("no")
except KeyError:
    print("second clause")
except Exception:
    print("no")
