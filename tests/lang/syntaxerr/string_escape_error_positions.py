# Escape errors in a group of adjacent literals point at the token after the
# group, as CPython's parser reports them.
from _cases import report
cases = [
    'x = "\\x1"\n', 'x = "ok" "\\x1" "more"\n', 'x = ("a"\n     "\\N{nope}"\n     )\n',
    'f("\\u12", 1)\n', 'x = "\\U00110000"\n', 'x = b"\\x"\n', 'x = "\\N{EM DASH"\n', 'x = ["\\N{}"]\n',
]
report(cases)
