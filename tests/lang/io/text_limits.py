# readline(size) and read(size) limits on text files.
P = "/tmp/krait_io_text_limits.txt"
with open(P, "w", newline="") as f:
    f.write("abcdef\r\nghi\nj")
with open(P) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
    print(repr(f.read(0)), repr(f.read(1)), repr(f.read(5)), repr(f.read(1)))
with open(P, newline="") as f:
    print(repr(f.readline(7)), repr(f.readline(1)), repr(f.readline()))
with open(P) as f:
    print(f.readlines(4), f.readlines(1), f.readlines())
with open(P) as f:
    try:
        f.readline("3")
    except TypeError as e:
        print("TypeError")
    try:
        f.read(1.5)
    except TypeError as e:
        print("TypeError")
