# concatenation, repetition, comparison, hashing
print(b'ab' + b'cd', b'ab' + bytearray(b'x'), bytearray(b'x') + b'y', b'a' + memoryview(b'mv'))
print(b'ab' * 3, 2 * b'xy', b'a' * 0, b'a' * -1, bytearray(b'ab') * 2, 3 * bytearray(b'z'))
print(b'a' < b'b', b'ab' < b'a', b'abc' <= b'abc', b'b' > b'abc', b'' >= b'')
print(b'a' == b'a', b'a' != b'b', b'a' == 'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a')
print(bytearray(b'a') < b'b', b'a' < bytearray(b'b'), bytearray(b'z') > bytearray(b'a'))
print(hash(b'') == 0, hash(b'abc') == hash(b'abc'), hash(b'abc'))
d = {b'k': 1}
print(d[b'k'], b'k' in d)
x = b'ab'
x += b'cd'
print(x)
ba = bytearray(b'q')
alias = ba
ba += b'rs'
ba *= 2
print(ba, alias is ba)
print(bool(b''), bool(b'\x00'), bool(bytearray()))
