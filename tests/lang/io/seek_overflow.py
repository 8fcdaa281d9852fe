# Seek positions that don't fit a file offset.
P = "/tmp/krait_io_seek_overflow.bin"
open(P, "wb").close()
for f in [open(P, "rb"), open(P, "rb", buffering=0), open(P)]:
    for pos in [2**70, -2**70] if "b" in f.mode else [-2**70]:
        try:
            f.seek(pos)
        except (ValueError, OverflowError) as e:
            print(type(f).__name__, type(e).__name__, e)
    f.close()
