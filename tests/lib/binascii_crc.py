# crc32 and crc_hqx, incremental and with odd starting values.
import binascii
print(binascii.crc32(b"hello"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"x", -1), binascii.crc32(b"x", 2**40 + 5), binascii.crc32(bytearray(b"abc")), binascii.crc32(memoryview(b"abc")))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"abc", 0xffff), binascii.crc_hqx(b"", 0x1234), binascii.crc_hqx(b"a", 0x12345))
print(binascii.crc32(bytes(range(256)) * 4))
for call in [lambda: binascii.crc32("x"), lambda: binascii.crc_hqx(b"x"), lambda: binascii.crc32(b"x", 1.5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
