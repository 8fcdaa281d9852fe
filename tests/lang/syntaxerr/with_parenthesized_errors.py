# Broken parenthesized with-items: CPython reports how far its parser got.
from _cases import report
cases = ["with (a as b: pass", "with (a, b) as c d: pass", "with (a, b c: pass", "with (open(x) as f, : pass",
         "with (a as b) c: pass", "with (a as b, c as d) e: pass", "with (a as b,)\n    pass\n"]
report(cases)
