# BufferedRandom: reads and writes interleaved keep one logical position.
P = "/tmp/krait_io_random_access.bin"
with open(P, "wb") as f:
    f.write(b"abcdefghijklmnopqrstuvwxyz")
with open(P, "r+b") as f:
    print(type(f).__name__, f.read(3), f.tell())
    f.write(b"XYZ")
    print(f.tell(), f.read(2), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(-2, 2)
    f.write(b"!!??")
    f.seek(0)
    print(f.read())
    print(f.readable(), f.writable(), f.seekable())
with open(P, "w+b") as f:
    f.write(b"line1\nline2\n")
    f.seek(0)
    print(f.readline(), f.tell(), f.readline(), f.readline())
with open(P, "a+b") as f:
    f.write(b"tail")
    f.seek(0)
    print(f.read())
