# Writing a text file, then reading it back in several ways.
P = "/tmp/krait_io_open_write_read.txt"
with open(P, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"), f.write("no newline"))
with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(f.readlines())
with open(P) as f:
    for line in f:
        print(repr(line))
with open(P) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(P) as f:
    print(list(f))
