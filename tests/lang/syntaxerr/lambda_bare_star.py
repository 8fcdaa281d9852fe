# A bare '*' in a lambda: the error points at the token that follows it
# (a def points at the '*' itself).
from _cases import report
cases = ["lambda *, **k: 0\n", "lambda *: 0", "lambda *,: 0", "lambda a, *, **k: 0", "lambda *, **: 0",
         "def f(*, **kw): pass", "def f(a, *): pass", "f = lambda x, *: x"]
report(cases)
