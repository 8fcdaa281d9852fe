# Null bytes in source code are a SyntaxError (3.11.x), for every source type.
for src in ["x = 1\x00", "\x00", b"x = 1\x00", bytearray(b"1\x00"), memoryview(b"\x001")]:
    for fn in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            fn(src)
            print("accepted")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.text)
        except ValueError as e:
            print("ValueError", e)
# A null byte in a string literal escape is fine.
print(ascii(eval("'a\\x00b'")), ascii(eval(b"'\\0'")))
