import array
a = array.array('i', [1])
for f in (lambda: a.frombytes(b'abc'), lambda: a.frombytes('abc'), lambda: a.frombytes(5),
          lambda: array.array('d', b'1234567')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(a)
