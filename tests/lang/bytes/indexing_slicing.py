# indexing and slicing, negative indices and steps
b = b'abcdefgh'
ba = bytearray(b)
for s in (b, ba):
    print(s[0], s[-1], s[3], s[-8])
    print(s[2:5], s[:3], s[5:], s[-3:], s[::-1], s[::2], s[1::3], s[6:1:-2], s[100:], s[-100:2])
    print(s[True], s[:], s[5:2])
print(b[:] is b, type(ba[1:3]))
print(len(b), len(ba), len(b''), len(bytearray(7)))
print(memoryview(b)[1:4].tobytes())
