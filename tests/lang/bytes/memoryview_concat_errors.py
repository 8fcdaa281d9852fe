# Released and non-contiguous views fail like any non-buffer in concatenation and join.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = memoryview(b'abcd')
r.release()
s = memoryview(b'abcdef').cast('h')[::2]
t(lambda: b'x' + r)
t(lambda: b'x' + s)
t(lambda: bytearray(b'x') + r)
t(lambda: bytearray(b'x') + s)
def iadd(x):
    ba = bytearray(b'x')
    ba += x
    return ba
t(lambda: iadd(r))
t(lambda: iadd(s))
t(lambda: b''.join([b'a', r]))
t(lambda: b''.join([s]))
t(lambda: bytearray(b'-').join([b'a', s]))
t(lambda: bytes(s))
t(lambda: bytes(r))
t(lambda: b'ab'.startswith(r))
t(lambda: b'ab'.find(s))
