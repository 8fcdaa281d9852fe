# Mixing readline(), iteration and read() on one file keeps the order of the data.
P = "/tmp/krait_io_mixed_iteration.txt"
with open(P, "w") as f:
    f.writelines("row %d\n" % i for i in range(10))
with open(P) as f:
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
        if line.startswith("row 4"):
            break
    print(repr(f.read(6)), repr(f.readline()))
    print(f.readlines())
with open(P, "rb") as f:
    print(next(f), f.read(4), next(f), f.readline())
    print(len(list(f)))
