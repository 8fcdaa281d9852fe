# decode() with errors= handlers and the messages of failures.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

bad = b'ab\xffc\xe9'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    t(lambda: bad.decode('utf-8', errors))
    t(lambda: bad.decode('ascii', errors=errors))
t(lambda: bad.decode('utf-8', 'surrogatepass'))
t(lambda: bad.decode('utf-8', 'nosuchhandler'))
t(lambda: bad.decode('latin-1'))
t(lambda: bad.decode('nosuchcodec'))
t(lambda: bad.decode(encoding=5))
t(lambda: bad.decode('utf-8', 5))
t(lambda: bad.decode('utf-8', 'strict', 3))
t(lambda: bad.decode(foo='x'))
t(lambda: b'\xe2\x82'.decode())
t(lambda: b'\xed\xa0\x80'.decode())
t(lambda: b'\xf0\x90\x80'.decode('utf-8'))
t(lambda: bytearray(b'\x80abc').decode('ascii'))
try:
    b'xy\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
