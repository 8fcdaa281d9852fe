# A bad dedent or tab mix on a later line is reported only if the parser
# gets there: an earlier syntax error wins, as with CPython's lazy tokenizer.
from _cases import report
cases = ['x = 1\n  y = 2\n z=3\n', 'x = 1\n\tif x:\n  \ty\n', 'x = = 1\nif x:\n    a\n  b\n',
         'if x:\n    a\n  b\n', 'if x:\n\ta\n        b\n', 'x = $\nif y:\n  a\n b\n', 'x = "unterminated\nif y:\n  a\n b\n']
report(cases, ('exec', 'eval'))
