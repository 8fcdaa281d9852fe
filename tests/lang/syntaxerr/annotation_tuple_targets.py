# Annotating several targets: an unparenthesized tuple is reported at its
# first element, a parenthesized one or a list as a whole.
from _cases import report
cases = ['a, b: int\n', 'x.y, z: int = 1\n', '(a, b): int\n', '[a, b]: int\n', 'a, *b: int\n',
         '((a, b)): int\n', 'f(x)[0], y: str\n']
report(cases)
