# A generic syntax error found at the end of the input: CPython reports the
# last line with offset 0.
from _cases import report
cases = ["@d\n", "x = 1\n@d\n", "@d\n\n\n", "@d", "x=1\n@d\n# c\n", "@property\n@d\n"]
report(cases, ("exec", "single"))
