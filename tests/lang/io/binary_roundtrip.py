# Binary files: every byte value survives, read sizes, read1/peek.
P = "/tmp/krait_io_binary_roundtrip.bin"
data = bytes(range(256)) * 40
with open(P, "wb") as f:
    print(f.write(data))
with open(P, "rb") as f:
    print(f.read() == data)
with open(P, "rb") as f:
    a = f.read(10)
    b = f.read(300)
    print(a == data[:10], b == data[10:310], f.tell())
    print(len(f.peek()) > 0, f.peek()[:3])
    c = f.read1(5)
    print(c, f.tell())
    rest = f.read()
    print(len(rest), f.read(), f.read(5))
with open(P, "rb", buffering=0) as f:
    print(type(f).__name__, len(f.read(100)), len(f.readall()), f.read(), f.read(3))
