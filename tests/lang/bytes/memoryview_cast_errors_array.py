def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: memoryview(b'abc').cast('I'))
attempt(lambda: memoryview(b'abcd').cast('I').cast('H'))
attempt(lambda: memoryview(b'ab').cast('x'))
attempt(lambda: memoryview(b'abcdefgh')[::2].cast('H'))
m = memoryview(bytearray(4)).cast('H')
attempt(lambda: m.__setitem__(0, 70000))
attempt(lambda: m.__setitem__(0, -1))
attempt(lambda: m.__setitem__(0, 1.5))
attempt(lambda: hash(memoryview(b'abcd').cast('I')))
