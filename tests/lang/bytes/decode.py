# bytes.decode with the built-in codecs and error handlers
data = 'héllo wörld €😀'.encode()
print(data.decode(), data.decode('utf-8'), data.decode('UTF8'), data.decode(encoding='utf_8'))
print(b'abc'.decode('ascii'), b'\xe9\xff'.decode('latin-1'), b'\xe9'.decode('iso-8859-1'), b'x'.decode('US-ASCII'))
bad = b'a\xffb\xe9\x80c\xf0\x9f'
for h in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    print(h, ascii(bad.decode('utf-8', h)), ascii(bad.decode('ascii', h)))
print(ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')), ascii(b'\xed\xa0\x80'.decode('utf-8', 'replace')))
print(bytearray(b'\xc3\xa9').decode(), memoryview(b'ok').tobytes().decode(), b'a'.decode('utf-8', 'nonexistent'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'x'), encoding='ascii'), str(b'\xff', 'utf-8', 'replace'), str(b'x'))
s = 'ünïcode'
print(s.encode('utf-8').decode('utf-8') == s, s.encode('latin-1').decode('latin-1') == s)
