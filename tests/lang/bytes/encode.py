# str.encode with the built-in codecs and error handlers
s = 'héllo €😀'
print(s.encode(), s.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), s.encode(encoding='utf8'))
for h in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
    print(h, s.encode('ascii', h), s.encode('latin-1', errors=h))
print('a\udcffb'.encode('utf-8', 'surrogateescape'), 'a\udcffb'.encode('ascii', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), 'a\ud800b'.encode('utf-8', 'replace'), 'x\udc80'.encode('utf-8', 'backslashreplace'))
print(''.encode(), 'plain'.encode('no-such', ) if False else b'', 'é'.encode('latin-1', 'bogus-handler'))
print(bytes('mixed ✓', 'utf-8'), bytearray('é', 'utf-8'), len('😀'.encode()))
