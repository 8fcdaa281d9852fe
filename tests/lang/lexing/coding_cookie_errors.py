# Coding cookies that compile() rejects: CPython's messages and positions.
sources = [
    b'# coding: bogus\nx = 1\n',
    b'# -*- coding: no-such-thing -*-\n',
    b'\xef\xbb\xbf# coding: latin-1\nx = 1\n',
    b'\xef\xbb\xbf# coding: ascii\nx = 1\n',
    b'# coding: ascii\nx = "caf\xc3\xa9"\n',
    b'# coding: utf8\nx = "\xe9"\n',
    b'# coding: ascii\n# \xff in a comment\n',
]
for src in sources:
    try:
        compile(src, "cookie.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, "|", e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
