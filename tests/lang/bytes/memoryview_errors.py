# memoryview errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def released():
    m = memoryview(b'abc')
    m.release()
    return m

t(lambda: memoryview('abc'))
t(lambda: memoryview(1))
t(lambda: memoryview())
t(lambda: memoryview(b'abc')[3])
t(lambda: memoryview(b'abc')['a'])
t(lambda: memoryview(b'abc').__setitem__(0, 1))
t(lambda: memoryview(bytearray(b'abc')).__setitem__(0, 256))
t(lambda: memoryview(bytearray(b'abc')).__setitem__(0, b'a'))
t(lambda: memoryview(bytearray(b'abc')).__setitem__(slice(0, 2), b'a'))
t(lambda: memoryview(bytearray(b'abc')).__delitem__(0))
t(lambda: hash(memoryview(bytearray(b'abc'))))
t(lambda: released()[0])
t(lambda: len(released()))
t(lambda: released().tobytes())
t(lambda: released().obj)
t(lambda: memoryview(released()))
t(lambda: released() == released())
t(lambda: memoryview(b'ab').cast('x'))
t(lambda: memoryview(b'abcd')[::2].cast('b'))
t(lambda: memoryview(b'a') < memoryview(b'b'))

def use_after_with():
    with memoryview(b'ab') as m:
        pass
    return m.tobytes()
t(use_after_with)
