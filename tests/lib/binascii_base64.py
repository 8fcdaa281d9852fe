# b2a_base64 / a2b_base64 including newline and strict_mode.
import binascii
for data in [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64("aGVs\nbG8=\n"), binascii.a2b_base64(b"a G V s b G 8 ="), binascii.a2b_base64(b"YWI=YWI="), binascii.a2b_base64(b"ab==cd"))
print(binascii.a2b_base64(b"YW!!Jj"), binascii.a2b_base64(b"YWJj", strict_mode=True), binascii.a2b_base64(b"YQ==", strict_mode=True))
for call in [lambda: binascii.a2b_base64(b"abc"), lambda: binascii.a2b_base64(b"a"), lambda: binascii.a2b_base64(b"abcde"),
             lambda: binascii.a2b_base64(b"ab=c", strict_mode=True), lambda: binascii.a2b_base64(b"=abc", strict_mode=True),
             lambda: binascii.a2b_base64(b"ab\ncd", strict_mode=True), lambda: binascii.a2b_base64(b"ab==c", strict_mode=True),
             lambda: binascii.a2b_base64("\xe9"), lambda: binascii.b2a_base64("x"), lambda: binascii.a2b_base64(b"ab", True)]:
    try:
        print(call())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
