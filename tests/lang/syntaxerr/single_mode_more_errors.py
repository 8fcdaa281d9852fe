# 'single' mode errors: empty input, statements after a compound statement,
# and where 'multiple statements' points (the end of the first statement).
from _cases import report
cases = [
    '', '\n', '# only a comment\n', '\n\n', '\n\n# c',
    'def f(): pass\nx = 1\n', 'if x:\n  pass\ny\n', 'if x:\n  pass\n\n\ny = 1',
    'x = 1\n  y\n', 'x = 1  \n\n  y = 2\n', '\n\nx = 1\ny=2', 'x = 1 # c\ny', 'x = 1 # c\n\ny',
    'x = (\n1)\nz', 'x = 1;\ny', 'if x:\n  pass\n  y = $\n', 'x = 1\ny = $\n',
]
report(cases, ("single",))
