# import * is only allowed at module level.
cases = [
    'def f():\n    from m import *\n',
    'class C:\n    from m import *\n',
    'def f():\n    def g():\n        from m import *\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
