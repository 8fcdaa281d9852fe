# Errors at the end of eval/single input (no final newline there): CPython's
# odd positions, and error text without the newline exec mode implies.
from _cases import report
cases = [
    ('1 +', 'eval'), ('1 +', 'single'), ('1 +', 'exec'), ('x = 1 +', 'single'), ('(1,\n2 $', 'eval'),
    ('a\nb = $', 'eval'), ('x = $', 'eval'), ('x = $', 'exec'), ('x = $\n', 'eval'),
    ('"\\x1"', 'eval'), ('"\\x1"', 'exec'), ('"\\x1" "a"', 'eval'), ('f"{a"', 'eval'), ('f"{a"', 'exec'),
    ('"a" f"{a"', 'exec'), ('f"{a" "b"', 'exec'), ('(1,\n"\\N{nope}")', 'eval'),
]
for src, mode in cases:
    report([src], (mode,))
