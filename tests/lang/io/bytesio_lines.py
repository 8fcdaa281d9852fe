# BytesIO: lines, iteration, readlines hints, readinto.
import _io
b = _io.BytesIO(b"one\ntwo\n\nthree")
print(b.readline(), b.readline(2), b.readline(), b.readline(), b.readline(), b.readline())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(5))
b.seek(0)
ba = bytearray(6)
print(b.readinto(ba), ba)
mv = memoryview(bytearray(4))
print(b.readinto(mv), bytes(mv))
print(b.readinto(bytearray(100)), b.readinto(bytearray(3)))
b.seek(0)
b.writelines([b"x", b"y", bytearray(b"z")])
print(b.getvalue())
try:
    b.readinto(b"readonly")
except TypeError as e:
    print("TypeError:", e)
