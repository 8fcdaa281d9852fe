# strip family, padding, zfill, expandtabs
for s in (b'  \t hi \n ', bytearray(b'xxhixx')):
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b'x'), s.lstrip(b'x '), s.rstrip(bytearray(b'x')), s.strip(None))
print(b'abc'.center(8, b'*'), b'abc'.center(6), b'ab'.center(5), b'abc'.center(2), b'a'.center(4, bytearray(b'-')))
print(b'abc'.ljust(6, b'.'), b'abc'.rjust(6), bytearray(b'a').ljust(3), b'abc'.rjust(1))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+'.zfill(3), b''.zfill(2), bytearray(b'7').zfill(3), b'abc'.zfill(1))
print(b'a\tb\tc'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\tc\nd\te'.expandtabs(tabsize=3), b'\t'.expandtabs(0))
