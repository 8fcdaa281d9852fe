# assorted edge cases: mutation during iteration, exports, __init__ again, kwargs
ba = bytearray(b'abc')
for x in ba:
    if len(ba) < 6:
        ba.append(120)
print(ba)
m = memoryview(ba)
del m
ba.append(1)
print(ba)
class S(str): pass
print(S('x').encode(), 'abc'.encode('UTF-8'), b'A%sB' % b'', bytes(3)[1:], b'ab' * True)
print(bytearray(b'xy').__iter__().__length_hint__(), type(iter(memoryview(b'a'))).__name__)
ba2 = bytearray(b'12345')
ba2[1:4] = ba2[2:3]
print(ba2, bytearray(b'a').__eq__(b'a'), b'a'.__add__(b'b'))
print(b''.join([b'a'] * 3), bytearray().join([]), b'abc'.rjust(5, bytearray(b'0')))
x = bytearray()
x.__init__(b'init')
print(x, bytes.__doc__[:10])
print(int.from_bytes(b'\x00\x01', byteorder='big'), (5).to_bytes(length=2, byteorder='little'))
