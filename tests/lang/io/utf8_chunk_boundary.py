# Multi-byte UTF-8 characters split across read chunks decode correctly.
P = "/tmp/krait_io_utf8_chunk_boundary.txt"
text = ("\u00e9\u20ac\U0001f600" * 3000) + "\nend\n"
with open(P, "w", encoding="utf-8") as f:
    f.write(text)
with open(P, encoding="utf-8") as f:
    print(f.read() == text)
with open(P, encoding="utf-8") as f:
    f._CHUNK_SIZE = 7
    got = f.read(5)
    print(got == text[:5], f.read(1) == text[5])
    print(f.read() == text[6:])
with open(P, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
