# Errors found after parsing ('return' outside function, nonlocal at module
# level, ...) quote the line from the file named by compile(): none for a
# string source, the file's own line for a real file.
from _cases import report
cases = ["return 1\n", "x = 1\nnonlocal x\n", "def f():\n    yield\n    return 1\nawait x\n",
         "def f(a, a): pass\n", "break\n", "class C:\n    continue\n"]
report(cases)
report(cases[:2], ("exec",), filename=__file__)
try:
    exec("def g():\n    global q\n    q: int = 1\n")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
