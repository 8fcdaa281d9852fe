# newline on output: '\n' becomes the given ending (None/''/'\n': unchanged).
P = "/tmp/krait_io_newline_write.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(P, "rb") as f:
        print(repr(nl), f.read())
