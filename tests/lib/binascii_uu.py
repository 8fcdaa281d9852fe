# binascii's uuencoding: b2a_uu/a2b_uu round trips, backtick zeros, the
# 45-byte limit, short lines padded with zeros, and the errors.
import binascii

for data in (b'', b'a', b'ab', b'abc', b'Cat', bytes(range(45)), b'\x00\x00\x00'):
    line = binascii.b2a_uu(data)
    tick = binascii.b2a_uu(data, backtick=True)
    print(line, tick, binascii.a2b_uu(line) == data, binascii.a2b_uu(tick) == data)
print(binascii.a2b_uu(b''), binascii.a2b_uu('#86)C\n'), binascii.a2b_uu(b'$86)C'))
print(binascii.a2b_uu(b'#86)C   \n'), binascii.a2b_uu(b'#86)C``'))
print(binascii.a2b_uu(bytearray(b'!80``\n')), binascii.a2b_uu(memoryview(b'!80')))
for bad in (b'#86)\x7f', b'#86)Cxyz', b'#8\x01)C', 'é'):
    try:
        binascii.a2b_uu(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for args, kw in (((bytes(46),), {}), (('abc',), {}), ((b'a', b'b'), {}), ((), {'data': b'a'}), ((b'a',), {'x': 1})):
    try:
        binascii.b2a_uu(*args, **kw)
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_uu(5)
except TypeError as e:
    print(e)
import uu
print(uu.__name__)
