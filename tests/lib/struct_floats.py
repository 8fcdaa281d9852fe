# Float codes e, f, d: rounding, special values, overflow errors.
import struct, math
for v in [0.0, -0.0, 1.5, 0.1, 1e-7, 65504.0, 5.96e-8, 3.4e38, float("inf"), -float("inf"), 1/3]:
    for code in "efd":
        try:
            b = struct.pack("<" + code, v)
            print(code, v, b.hex(), struct.unpack("<" + code, b))
        except OverflowError as e:
            print(code, v, "OverflowError", e)
print(math.isnan(struct.unpack("<e", struct.pack("<e", float("nan")))[0]), math.isnan(struct.unpack(">d", struct.pack(">d", float("nan")))[0]))
for v, code in [(65520.0, "<e"), (1e300, "<f"), (1e300, ">e")]:
    try:
        struct.pack(code, v)
    except OverflowError as e:
        print("OverflowError", e)
print(struct.pack("<d", 3), struct.pack(">f", True))
for bad in ["x", None, b"1"]:
    try:
        struct.pack("d", bad)
    except struct.error as e:
        print("error", e)
