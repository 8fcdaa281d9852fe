# SyntaxError.text: exec input implies a final newline, eval/single input
# does not; tokenizer errors quote their line without its newline.
from _cases import report
cases = ["x = (", "x = (\n", "a\nb = (1,", "if x:\n    a\n  b\n", "x = 0b2 + 1\n", "x = ) + 1\n",
         'x = "abc\ny\n', "y = 2\nx = 5 $ 3\n", "x = (1,\ny $ 2\n", "1 +", "a = 1\nb = (2 +\n"]
report(cases, ("exec", "eval", "single"))
