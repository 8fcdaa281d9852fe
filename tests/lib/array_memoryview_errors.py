import array
a = array.array('i', [1, 2])
m = memoryview(a)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: a.append(4))
attempt(lambda: a.pop())
attempt(lambda: a.frombytes(b'\0\0\0\0'))
attempt(lambda: m.__setitem__(0, 'x'))
attempt(lambda: m.__setitem__(0, 2**40))
attempt(lambda: hash(m))
attempt(lambda: m.__setitem__(slice(0, 2), b'12345678'))
attempt(lambda: m.__setitem__(slice(0, 2), array.array('i', [1])))
u = memoryview(array.array('u', 'ab'))
print(u.format, u.itemsize)
attempt(lambda: u.tolist())
attempt(lambda: u[0])
m.release()
a.append(3)
print(a)
