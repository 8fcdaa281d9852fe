# case conversion and predicates (ASCII only)
for s in (b'hello World 123', b'\xe9t\xc9', bytearray(b'MiXeD cAsE')):
    print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
for s in (b'', b'abc', b'ABC', b'Abc', b'123', b'a1', b' \t\n', b'Hello World', b'hello World', b'\xe9', b'A_B', b'\x7f'):
    print(s, s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii())
print(bytearray(b'Title Case').istitle(), bytearray(b'X').isupper(), b"they're bill's".title())
