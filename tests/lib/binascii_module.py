# The binascii module surface: Error/Incomplete classes and quopri using it.
import binascii, quopri
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__)
print(sorted(n for n in dir(binascii) if not n.startswith("_") and n in {"hexlify", "unhexlify", "a2b_base64", "b2a_base64", "crc32", "crc_hqx", "a2b_qp", "b2a_qp", "Error", "Incomplete", "a2b_hex", "b2a_hex"}))
print(quopri.encodestring(b"caf\xc3\xa9 = ok"), quopri.decodestring(b"caf=C3=A9"), quopri.encodestring(b"a b", quotetabs=True))
try:
    binascii.unhexlify(b"0")
except ValueError as e:
    print(type(e).__name__, e)
