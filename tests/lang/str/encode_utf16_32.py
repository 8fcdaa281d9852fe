# str.encode/bytes.decode with the UTF-16 and UTF-32 codecs
CASES = r'''
'€'.encode('utf-16'), '€'.encode('utf-16-le'), '€'.encode('utf-16-be'), '€'.encode('utf-32'), '€'.encode('utf-32-be'), 'a\U0001f600'.encode('utf-16-le')
b'\xff\xfe\xac '.decode('utf-16'), b'a\x00'.decode('utf-16-le'), b'\x00\x00 \xac'.decode('utf-32-be'), b'=\xd8\x00\xde'.decode('utf-16-le')
b'a'.decode('utf-16-le')
'é'.encode('namereplace' and 'ascii', 'namereplace')
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
