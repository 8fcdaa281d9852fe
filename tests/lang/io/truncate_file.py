# truncate() on files at each layer.
P = "/tmp/krait_io_truncate_file.bin"
with open(P, "wb") as f:
    f.write(b"0123456789")
    print(f.truncate(4), f.tell())
    f.write(b"ab")
with open(P, "rb") as f:
    print(f.read())
with open(P, "r+") as f:
    print(f.read(2), f.truncate())
with open(P, "rb") as f:
    print(f.read())
with open(P, "r+b", buffering=0) as f:
    print(f.truncate(1), f.read())
with open(P, "rb") as f:
    try:
        f.truncate()
    except Exception as e:
        print(type(e).__name__, e)
