# str.encode with errors= and codecs, and decoding back
CASES = r'''
'héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'xmlcharrefreplace'), 'héllo'.encode('ascii', 'backslashreplace')
'€'.encode('latin-1', 'replace'), '€'.encode('utf-16'), '€'.encode('utf-16-le'), '€'.encode('utf-32-be'), 'a\U0001f600'.encode('utf-8'), '\ud800'.encode('utf-8', 'surrogatepass'), '\udcff'.encode('utf-8', 'surrogateescape')
'héllo'.encode('ascii')
'\ud800'.encode()
'€'.encode('latin-1')
'x'.encode('nope')
'x'.encode('utf-8', 'nope')
'é'.encode('ascii', 'nope')
'x'.encode(1)
b'h\xe9llo'.decode('latin-1'), b'h\xe9llo'.decode('utf-8', 'replace'), b'h\xe9llo'.decode('utf-8', 'ignore'), b'h\xe9llo'.decode('utf-8', 'backslashreplace'), b'h\xe9llo'.decode('ascii', 'surrogateescape')
b'h\xe9llo'.decode()
b'\xff\xfe'.decode('utf-16'), b'a\x00'.decode('utf-16-le'), 'x'.encode(encoding='UTF8'), 'x'.encode('U8'), 'x'.encode('utf_8'), 'x'.encode('L1'), 'é'.encode('iso8859-1'), 'é'.encode('cp1252')
'''
ns = {}
srcs = []
for line in CASES.strip().splitlines():
    if line[:1] == ' ' and srcs:
        srcs[-1] += '\n' + line
    else:
        srcs.append(line)
for src in srcs:
    try:
        code = compile(src, '<case>', 'eval')
    except SyntaxError:
        code = compile(src, '<case>', 'exec')
    try:
        r = repr(eval(code, ns))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(src, '=>', r)
