# str.encode with errors= and codecs, and decoding back
CASES = r'''
'héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'xmlcharrefreplace'), 'héllo'.encode('ascii', 'backslashreplace')
'héllo'.encode('ascii')
'\ud800'.encode()
'€'.encode('latin-1')
'x'.encode('nope')
'x'.encode('utf-8', 'nope')
'é'.encode('ascii', 'nope')
'x'.encode(1)
b'h\xe9llo'.decode('latin-1'), b'h\xe9llo'.decode('utf-8', 'replace'), b'h\xe9llo'.decode('utf-8', 'ignore'), b'h\xe9llo'.decode('utf-8', 'backslashreplace'), b'h\xe9llo'.decode('ascii', 'surrogateescape')
b'h\xe9llo'.decode()
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
