# __bytes__ is used by bytes(); not by bytearray() or str()
class B:
    def __bytes__(self): return b'custom'
    def __iter__(self): return iter([65, 66])
print(bytes(B()), bytearray(B()), str(B()).startswith('<'))
class Sub(bytes):
    def __bytes__(self): return b'sub'
print(bytes(Sub(b'x')), Sub(b'x'))
class NoBytes:
    pass
try:
    bytes(NoBytes())
except TypeError as e:
    print(e)
class BytesSub(bytes): pass
class RetSub:
    def __bytes__(self): return BytesSub(b'ok')
r = bytes(RetSub())
print(r, type(r).__name__)
