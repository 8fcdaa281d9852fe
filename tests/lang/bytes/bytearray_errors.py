# bytearray mutation errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(k, v):
    b = bytearray(b'abcd')
    b[k] = v
    return b

def delitem(k):
    b = bytearray(b'abcd')
    del b[k]
    return b

t(lambda: setitem(0, 256))
t(lambda: setitem(0, -1))
t(lambda: setitem(0, 'a'))
t(lambda: setitem(9, 1))
t(lambda: setitem('x', 1))
t(lambda: setitem(slice(0, 1), 5))
t(lambda: setitem(slice(0, 1), 'ab'))
t(lambda: setitem(slice(0, 1), None))
t(lambda: setitem(slice(None, None, 2), b'x'))
t(lambda: setitem(slice(0, 2), [1, 300]))
t(lambda: delitem(9))
t(lambda: delitem('a'))
t(lambda: bytearray(b'a').append('a'))
t(lambda: bytearray(b'a').append(300))
t(lambda: bytearray(b'a').append())
t(lambda: bytearray(b'a').remove(9))
t(lambda: bytearray().pop())
t(lambda: bytearray(b'a').pop(9))
t(lambda: bytearray(b'a').pop(1, 2))
t(lambda: bytearray(b'a').insert(0, 999))
t(lambda: bytearray(b'a').insert(1))
t(lambda: bytearray(b'a').extend(5))
t(lambda: bytearray(b'a').extend([1, 'a']))
t(lambda: bytearray(b'a').extend('ab'))

def resize_exported():
    b = bytearray(b'abcd')
    m = memoryview(b)
    b.append(1)
t(resize_exported)

def resize_after_release():
    b = bytearray(b'abcd')
    m = memoryview(b)
    m.release()
    b.append(1)
    return b
t(resize_after_release)
