# break/continue/return inside except* blocks.
cases = [
    'for x in y:\n    try:\n        pass\n    except* E:\n        break\n',
    'for x in y:\n    try:\n        pass\n    except* E:\n        continue\n',
    'def f():\n    try:\n        pass\n    except* E:\n        return 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
