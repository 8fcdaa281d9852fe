# iteration and the in operator
b = b'hello'
print(list(b), list(bytearray(b'hi')), list(reversed(b)))
it = iter(b)
print(type(it).__name__, next(it), next(it), list(it))
print(type(iter(bytearray())).__name__)
print(104 in b, 120 in b, b'ell' in b, b'' in b, bytearray(b'lo') in b, memoryview(b'he') in b)
print(b'ell' in bytearray(b), 108 in bytearray(b), b'xyz' in bytearray(b))
print([c for c in b'ab'], sorted(b'cab'), max(b'azb'), sum(b'\x01\x02'))
print(dict.fromkeys(b'aa'), set(b'abca') == {97, 98, 99})
