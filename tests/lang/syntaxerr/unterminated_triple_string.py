# Unterminated triple-quoted strings.
cases = [
    'x = """abc\n',
    "s = '''line1\nline2\n",
    'a = 1\nb = """\n\n',
    'f("""x"")\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
