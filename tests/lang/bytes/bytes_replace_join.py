# replace with counts and empty patterns, join of mixed buffers.
for cls in (bytes, bytearray):
    s = cls(b'aXbXcX')
    print(s.replace(b'X', b'-'), s.replace(b'X', b'', 2), s.replace(b'X', b'++', -1), s.replace(b'', b'.'))
    print(s.replace(b'', b'.', 2), s.replace(b'Q', b'W'), cls(b'').replace(b'', b'z'), s.replace(b'X', b'Y', 0))
    print(s.replace(count=1, old=b'X', new=b'#') if False else s.replace(b'X', b'#', 1))
    sep = cls(b', ')
    print(sep.join([b'a', bytearray(b'b'), memoryview(b'c')]), sep.join([]), sep.join(iter([b'x'])), type(sep.join([])).__name__)
