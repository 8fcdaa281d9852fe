# struct.error messages: ranges, argument counts, bad formats, buffer sizes.
import struct
cases = [("b", 200), ("b", -129), ("B", -1), ("B", 256), ("h", 70000), ("H", -1), ("<h", 40000), ("<H", 70000),
         ("i", 2**31), ("I", -1), ("<i", 2**40), ("<I", 2**32), ("l", 2**70), ("<l", 2**31), ("<L", -1),
         ("q", 2**63), ("Q", -1), ("<q", -2**63 - 1), ("n", 2**64), ("N", -1), ("i", 1.0), ("i", "1"), ("i", None)]
for fmt, v in cases:
    try:
        struct.pack(fmt, v)
        print(fmt, "ok")
    except struct.error as e:
        print(fmt, v, "error:", e)
for fmt in ["3", "z", "<P", "<n", "!N", "99999999999999999999i", "i i", "  i", "4", "iz"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error:", e)
for call in [lambda: struct.pack("i"), lambda: struct.pack("i", 1, 2), lambda: struct.pack("2i", 1),
             lambda: struct.unpack("i", b""), lambda: struct.unpack("i", b"12345"), lambda: struct.pack()]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
