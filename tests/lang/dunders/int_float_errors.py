# Conversion dunders returning the wrong type
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.0
class Nothing: pass
cases = [lambda: int(BadInt()), lambda: float(BadFloat()), lambda: complex(BadComplex()),
         lambda: int(Nothing()), lambda: float(Nothing()), lambda: complex(Nothing()),
         lambda: int([]), lambda: float(None), lambda: int('1.5'), lambda: float('abc')]
for f in cases:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
float(BadInt())
