# Ordering bytes against other types raises TypeError.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'a' < 'a')
t(lambda: b'a' <= 1)
t(lambda: bytearray(b'a') > 'a')
t(lambda: bytearray(b'a') >= None)
t(lambda: b'a' < memoryview(b'a'))
t(lambda: bytearray(b'a') < memoryview(b'b'))
t(lambda: 'a' > b'a')
t(lambda: [b'a'] < [1])
t(lambda: sorted([b'a', 'b']))
t(lambda: hash(bytearray(b'a')))
t(lambda: {bytearray(b'a'): 1})
t(lambda: b'a' < [1])
