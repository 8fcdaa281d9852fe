# Dedent to a column that matches no outer block.
cases = [
    'if x:\n        a = 1\n    b = 2\n',
    'def f():\n    if x:\n        pass\n  return 1\n',
    'class C:\n   def m(self):\n      pass\n  x = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
