# else/elif/except without their statement.
cases = [
    'else:\n    pass\n',
    'elif x:\n    pass\n',
    'x = 1\nexcept:\n    pass\n',
    'finally:\n    pass\n',
    'for x in y:\n    pass\nelif z:\n    pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
