# help() on functions: pydoc's heading, signature (defaults, annotations, / and *) and cleaned docstring
def f(a, b: int = 2, /, *args, c, d='x', **kw) -> str:
    """Add things.

    More text.
        indented"""
def g(): pass
def h(x, *, y=None):
    "One line."
lam = lambda x, y=1: x
for fn in (f, g, h, lam):
    help(fn)
