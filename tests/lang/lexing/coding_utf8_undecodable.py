# Without a non-UTF-8 cookie, compile() reports undecodable bytes only where
# they matter: in a string literal or a name (comments are skipped).
sources = [
    b'x = "\xff"\n',
    b'x = "ab\xffcd"\n',
    b'x = "a\xe2\x82"\n',
    b'x = "a\xe2\x82z"\n',
    b'x = "ok" "\xc3"\n',
    b'x\xff = 1\n',
    b'x = 1 + \xff\n',
    b'x = b"\xff"\n',
    b'x = 1\n# \xff\xfe comment\n',
    b'# coding: utf-8\nx = 2  # \xff\n',
    b'(1,\n "\xfe")\n',
]
for src in sources:
    try:
        ns = {}
        exec(compile(src, "u.py", "exec"), ns)
        print("ok", ns["x"])
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
