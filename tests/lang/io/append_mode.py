# Append mode writes at the end whatever the position.
P = "/tmp/krait_io_append_mode.txt"
with open(P, "w") as f:
    f.write("one\n")
with open(P, "a") as f:
    print(f.tell())
    f.write("two\n")
with open(P, "a") as f:
    f.write("three\n")
print(open(P).read(), end="")
with open(P, "a+") as f:
    f.seek(0)
    print(repr(f.readline()))
    f.write("four\n")
    f.seek(0)
    print(f.read().splitlines())
