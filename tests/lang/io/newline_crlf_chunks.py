# A \r\n split across decoding chunks is still one line ending.
P = "/tmp/krait_io_newline_crlf_chunks.txt"
with open(P, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y" * 10 + b"\r\n" + b"z")
with open(P) as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines], [l[-1:] for l in lines], f.newlines)
with open(P) as f:
    f._CHUNK_SIZE = 3
    print(f._CHUNK_SIZE)
    print([len(l) for l in f])
with open(P, newline="") as f:
    f._CHUNK_SIZE = 5
    print([repr(l[-2:]) for l in f])
