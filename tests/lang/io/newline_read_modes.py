# newline='', '\n', '\r', '\r\n' on input: which endings split lines, untranslated.
P = "/tmp/krait_io_newline_read_modes.txt"
with open(P, "wb") as f:
    f.write(b"a\nb\r\nc\rd\r\re")
for nl in ["", "\n", "\r", "\r\n"]:
    with open(P, newline=nl) as f:
        print(repr(nl), [line for line in f], f.newlines)
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()))
