# a memoryview in a cycle through a bytearray subclass's __dict__ (freed at exit, ASan-clean)

class Buf(bytearray):
    pass

b = Buf(b'cycle')
b.view = memoryview(b)
b.view[0] = ord('C')
print(b, b.view.tobytes())
del b
c = Buf(b'x')
v = memoryview(c)
v.release()
c.append(0x79)
print(c)
