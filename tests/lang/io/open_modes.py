# Mode strings: validation messages and the resulting objects' modes.
P = "/tmp/krait_io_open_modes.txt"
with open(P, "w") as f:
    f.write("x")
for mode in ["r", "rb", "w", "wb", "a", "ab", "r+", "rb+", "w+", "wb+", "a+", "ab+", "rt", "wt"]:
    f = open(P, mode)
    print(mode, type(f).__name__, getattr(f, "mode", None), f.buffer.raw.mode if hasattr(f, "buffer") else f.raw.mode)
    f.close()
for mode in ["rw", "rr", "q", "tb", "", "r++", "ra", "xw", "bt", "U"]:
    try:
        open(P, mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
