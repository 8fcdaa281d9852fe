# 'not' after an operand must be 'not in': the error points past 'not'.
from _cases import report
cases = ['x = a not b\n', 'if a not b: pass\n', 'x = [a not b for a in c]\n', 'x = a not\n', 'f(a not 1)\n',
         'x = a not in b not c\n', 'x = 1 if a not b else 2\n']
report(cases)
