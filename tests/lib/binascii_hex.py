# hexlify / unhexlify (b2a_hex / a2b_hex) with separators and errors.
import binascii
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b""), binascii.hexlify(bytearray(b"AZ")), binascii.hexlify(memoryview(b"xy")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", " ", -2))
print(binascii.unhexlify(b"01abFF"), binascii.unhexlify("deadbeef"), binascii.a2b_hex(bytearray(b"00")), binascii.unhexlify(""))
for call in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"), lambda: binascii.unhexlify("\xe9\xe9"),
             lambda: binascii.hexlify("ab"), lambda: binascii.hexlify(b"ab", "--"), lambda: binascii.unhexlify(5)]:
    try:
        print(call())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
