# readinto / readinto1 / readline(limit) on buffered readers.
P = "/tmp/krait_io_buffered_readinto.bin"
with open(P, "wb") as f:
    f.write(b"first\nsecond line\nthird")
with open(P, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    print(f.readinto1(buf), buf)
    print(f.readline(3), f.readline(), f.readline(100), f.readline())
    print(f.readinto(bytearray(10)))
with open(P, "rb") as f:
    print(f.readlines())
with open(P, "rb") as f:
    print([len(x) for x in f])
with open(P, "rb") as f:
    try:
        f.read(-2)
    except ValueError as e:
        print("ValueError:", e)
