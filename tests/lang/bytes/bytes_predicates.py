# is* predicates on bytes and bytearray, including isascii and istitle.
samples = [b'', b'abc', b'ABC', b'Abc Def', b'abc def', b'ABC Def', b'123', b'12a', b' \t\n', b'a b',
           b'\x80', b'caf\xe9', b'Hello World', b'Hello world', b"They're Bill's", b'A1 B2', b'\x00', b'_']
for s in samples:
    r = [s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper()]
    ba = bytearray(s)
    rb = [ba.isalnum(), ba.isalpha(), ba.isascii(), ba.isdigit(), ba.islower(), ba.isspace(), ba.istitle(), ba.isupper()]
    print(s, ''.join('1' if x else '0' for x in r), r == rb)
print(b'hello wORLD'.title(), b'hello'.capitalize(), b'HeLLo'.swapcase(), b'ABC'.lower(), bytearray(b'abc').upper())
print(b"they're bill's".title(), b'\xe9a'.upper(), b'a1b2'.title())
