# Octal, hex and unicode escapes.
print("\101\102\103", "\0" == chr(0), "\777" == chr(0o777))
print("\x41\x62", "\x7e")
print("\u0041\u00e9\u4e2d", "\U0001F600" == chr(0x1F600))
print(ord("\U00010348"), len("\U00010348"))
print(b"\101\x42\x7f", list(b"\0\1\12"))
