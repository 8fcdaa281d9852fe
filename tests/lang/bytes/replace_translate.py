# replace, translate, maketrans, removeprefix/removesuffix, partition
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'bb', 2), b'aaa'.replace(b'', b'-'), b'aaa'.replace(b'', b'-', 2))
print(b'hello'.replace(b'l', b''), b'abc'.replace(b'x', b'y'), bytearray(b'abab').replace(b'ab', bytearray(b'X')), b'a'.replace(b'a', b'b', 0))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], type(bytearray.maketrans(b'a', b'b')))
print(b'abcabc'.translate(t), b'abc'.translate(None, b'b'), b'abc'.translate(t, delete=b'a'), bytearray(b'cab').translate(t))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'), bytearray(b'ab').removesuffix(b'b'))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'), bytearray(b'k:v').partition(b':'))
