# 'w+' and 'r+' text files: write, seek, read back.
P = "/tmp/krait_io_text_read_write_plus.txt"
with open(P, "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write("more\n")
    f.seek(0)
    print(f.readlines())
with open(P, "r+") as f:
    f.write("HE")
    f.seek(0)
    print(repr(f.read()))
