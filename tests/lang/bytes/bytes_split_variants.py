# split/rsplit/splitlines/partition/rpartition on bytes and bytearray.
for cls in (bytes, bytearray):
    s = cls(b'  a  b\tc\n d  ')
    print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(b' '), s.rsplit(b' ', 2))
    print(cls(b'a,b,,c').split(b','), cls(b'a,b,,c').split(b',', maxsplit=1), cls(b'a,b,,c').rsplit(sep=b',', maxsplit=1))
    print(cls(b'').split(), cls(b'').split(b','), cls(b'x').split(b'x'))
    print(cls(b'a\nb\r\nc\rd').splitlines(), cls(b'a\nb\r\n').splitlines(True), cls(b'a\n\n').splitlines(keepends=False))
    print(cls(b'a=b=c').partition(b'='), cls(b'a=b=c').rpartition(b'='), cls(b'abc').partition(b'x'), cls(b'abc').rpartition(b'x'))
    print(cls(b'a\x0bb\x0cc\x1cd').split(), cls(b'a\x0bb\x1cc').splitlines())
    print(type(s.split()[0]).__name__, type(s.partition(b'a')[1]).__name__)
