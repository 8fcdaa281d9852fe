# split, rsplit, splitlines, join
for s in (b'  a b\tc\n d  ', bytearray(b' x  y ')):
    print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 2), b'a,b,,c'.split(b',', maxsplit=1), b'a::b::c'.split(sep=b'::'))
print(b''.split(), b''.split(b','), b','.split(b','), bytearray(b'1-2').split(b'-'), b'a-b'.split(bytearray(b'-')))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b'x\n\n'.splitlines(keepends=True), b''.splitlines())
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b'-').join([b'x', b'y']), b''.join([]), b'x'.join(iter([b'1'])))
print(type(bytearray(b'-').join([b'x'])), type(b''.join([bytearray(b'a')])))
