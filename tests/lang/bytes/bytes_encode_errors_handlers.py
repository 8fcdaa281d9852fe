# str.encode with errors= handlers and failure messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

text = 'caf\xe9 \u20ac\U0001f600'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    t(lambda: text.encode('ascii', errors))
    t(lambda: text.encode('latin-1', errors=errors))
t(lambda: text.encode('utf-8'))
t(lambda: '\ud800'.encode('utf-8'))
t(lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
t(lambda: '\udcff'.encode('utf-8', 'surrogateescape'))
t(lambda: '\udcff'.encode('ascii', 'surrogateescape'))
t(lambda: text.encode('nosuchcodec'))
t(lambda: text.encode('ascii', 'nosuchhandler'))
t(lambda: text.encode(5))
t(lambda: text.encode('utf-8', None))
try:
    'ab\xe9\xe9c'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
