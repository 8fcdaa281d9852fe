# center/ljust/rjust/zfill/expandtabs/strip family on bytes and bytearray.
for cls in (bytes, bytearray):
    s = cls(b'ab')
    print(s.center(7), s.center(7, b'*'), s.ljust(5, b'-'), s.rjust(5, bytearray(b'+')), s.center(1))
    print(cls(b'42').zfill(5), cls(b'-42').zfill(5), cls(b'+4').zfill(4), cls(b'').zfill(3), cls(b'abc').zfill(2))
    print(cls(b'a\tbc\td\n\te').expandtabs(), cls(b'a\tb').expandtabs(4), cls(b'a\tb').expandtabs(tabsize=0))
    print(cls(b'  xy  ').strip(), cls(b'xxaxx').strip(b'x'), cls(b'xya').lstrip(b'yx'), cls(b'ayx').rstrip(b'xy'))
    print(cls(b'\t\n\x0b\x0c\r x \x1c').strip(), cls(b'abc').strip(None), cls(b'abc').strip(b''))
    print(cls(b'abcabc').removeprefix(b'ab'), cls(b'abcabc').removesuffix(b'bc'), cls(b'abc').removeprefix(b'x'))
