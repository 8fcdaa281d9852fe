# Bytes prefixes in all cases and combinations with raw.
for v in [b"abc", B"abc", br"\n", Br"\n", bR"\n", BR"\n", rb"\t", rB"\t", Rb"\t", RB"\t"]:
    print(type(v).__name__, v, len(v))
print(b"\x00\xff\n"[1], b"\101\102")
print(b'single' + b"double" + b'''triple''')
