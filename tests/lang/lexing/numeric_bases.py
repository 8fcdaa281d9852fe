# Hex, octal and binary literals in any case.
print(0xff, 0XFF, 0xDeadBeef)
print(0o17, 0O17, 0o0)
print(0b101, 0B101, 0b0)
print(0x1 + 0o1 + 0b1, -0x10)
print(0xffffffffffffffffffffffff)
print(type(0x10).__name__)
