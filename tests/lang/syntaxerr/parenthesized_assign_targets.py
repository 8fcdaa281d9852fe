# Assigning to a parenthesized expression: CPython suggests '==' for any
# expression in parentheses (it is an atom there).
from _cases import report
cases = ["(yield) = 1", "(a := 1) = 2", "(lambda: 1) = 1", "(a if b else c) = 1", "(a < b) = 1",
         "(not a) = 1", "(a and b) = 1", "(*a) = 1", "(yield x) = 1", "((yield)) = 1",
         "yield = 1", "a if b else c = 1", "not a = 1", "(a) + 1 = 2", "x = (a < b) = 1"]
report(cases)
