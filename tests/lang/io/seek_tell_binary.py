# seek/tell consistency on buffered binary files.
P = "/tmp/krait_io_seek_tell_binary.bin"
with open(P, "wb") as f:
    f.write(b"0123456789" * 5)
    print(f.tell())
    print(f.seek(5), f.tell())
    f.write(b"abc")
    print(f.tell())
    print(f.seek(0, 2), f.seek(-3, 2), f.seek(1, 1))
with open(P, "rb") as f:
    print(f.read(3), f.tell())
    print(f.seek(2, 1), f.read(4), f.tell())
    print(f.seek(-5, 2), f.read(), f.tell())
    print(f.seek(100), f.read(), f.tell())
    print(f.seek(0), f.read(8))
    try:
        f.seek(0, 5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        f.seek("x")
    except TypeError as e:
        print("TypeError")
