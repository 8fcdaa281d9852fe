# break/continue inside a class body inside a loop.
cases = [
    'while True:\n    class C:\n        break\n',
    'for x in y:\n    class C:\n        continue\n',
    'while True:\n    try:\n        pass\n    finally:\n        break\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
