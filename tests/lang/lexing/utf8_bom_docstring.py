"""Docstring right after the BOM."""
print(__doc__)
print(repr(__doc__[0]))
def f():
    return "ok"
print(f())
