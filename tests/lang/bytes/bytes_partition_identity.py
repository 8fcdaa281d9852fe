# bytes.partition hands back the separator object itself; bytearray copies it.
s = b'b'
r = b'abc'.partition(s)
print(r, r[1] is s)
mv = memoryview(b'b')
r = b'abc'.partition(mv)
print(type(r[1]).__name__, r[1] is mv, r[0], r[2])
r = b'abc'.rpartition(bytearray(b'c'))
print(r, type(r[1]).__name__)
r = bytearray(b'abc').partition(b'b')
print(r, r[1] is s)
print(b'abc'.partition(b'x'), b'abc'.rpartition(b'x'), bytearray(b'abc').rpartition(memoryview(b'a')))
