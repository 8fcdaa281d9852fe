# In-place operators on bytearray: errors and aliasing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def iadd(v):
    ba = bytearray(b'ab')
    ba += v
    return ba
def imul(v):
    ba = bytearray(b'ab')
    ba *= v
    return ba
t(lambda: iadd('cd'))
t(lambda: iadd(5))
t(lambda: iadd([99]))
t(lambda: iadd(None))
t(lambda: iadd(memoryview(b'cd')))
t(lambda: imul(2.0))
t(lambda: imul('2'))
t(lambda: imul(-5))
t(lambda: imul(2**100))
t(lambda: imul(True))
t(lambda: bytearray(b'ab') * 'x')
t(lambda: bytearray(b'ab') + 'x')
t(lambda: b'ab' * 2**100)
t(lambda: 'x' + bytearray(b'a'))
a = bytearray(b'xy')
try:
    a += a
except BufferError as e:
    print(e)
a += bytes(a)
print(a)
a[len(a):] = a
print(a)
a[:] = a[::-1]
print(a)
