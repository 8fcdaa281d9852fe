# warnings: invalid filter arguments, bad categories, -W style option parsing, resetwarnings.
import warnings

for kw in ({"action": "bogus"}, {"action": "ignore", "message": 5}, {"action": "ignore", "category": 5},
           {"action": "ignore", "module": 5}, {"action": "ignore", "lineno": -1}, {"action": "ignore", "lineno": "x"}):
    try:
        warnings.filterwarnings(**kw)
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for cat in (str, "UserWarning", Exception):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("m", cat)
    except TypeError as e:
        print("TypeError", e)
print(warnings._getaction("i"), warnings._getaction("d"), warnings._getcategory("UserWarning").__name__)
for bad in ("nope", "e::Foo"):
    try:
        warnings._setoption(bad)
    except warnings._OptionError as e:
        print("_OptionError", e)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("ignore", append=True)
    warnings.simplefilter("error", UserWarning)
    print([(f[0], f[2].__name__) for f in warnings.filters])
try:
    warnings.warn_explicit("m", UserWarning, "f.py", "notint")
except TypeError as e:
    print("TypeError")
