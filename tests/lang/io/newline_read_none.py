# newline=None (default): \r and \r\n become \n on input; .newlines records them.
P = "/tmp/krait_io_newline_read_none.txt"
with open(P, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")
with open(P) as f:
    print(f.newlines)
    print([f.readline() for _ in range(5)])
    print(f.newlines)
with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(repr(f.read(9)), repr(f.read(3)), repr(f.read(2)), repr(f.read()))
with open(P, "wb") as f:
    f.write(b"a\r\nb\r\n")
with open(P) as f:
    print(list(f), f.newlines)
with open(P, "wb") as f:
    f.write(b"x\ry\r")
with open(P) as f:
    print(list(f), f.newlines)
