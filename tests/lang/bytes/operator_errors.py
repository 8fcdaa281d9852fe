# operator errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'a' + 'a')
t(lambda: 'a' + b'a')
t(lambda: b'a' + 1)
t(lambda: bytearray(b'a') + 'b')
t(lambda: b'a' * 'a')
t(lambda: b'a' * 1.5)
t(lambda: bytearray(b'a') * 1.5)
t(lambda: b'a' < 'a')
t(lambda: b'a' < 1)
t(lambda: hash(bytearray()))
t(lambda: {bytearray(): 1})
t(lambda: b'x' + memoryview(b'abcd')[::2])

def iadd():
    b = bytearray(b'a')
    b += 'x'
t(iadd)
