# strict encoding failures and unknown codecs
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'aé'.encode('ascii')
'a€b'.encode('latin-1')
'ab\ud800'.encode('utf-8')
'\ud800\udc00'.encode('utf-8')
'\udc80'.encode('ascii', 'surrogateescape') if False else '\udc7f'.encode('utf-8', 'surrogateescape')
'a\ud800'.encode('ascii', 'surrogatepass')
'x'.encode('bogus')
'x'.encode('utf-8', 'bogus')
'é'.encode('ascii', 'bogus')
'x'.encode(5)
'x'.encode('utf-8', 5)
'x'.encode('hex')
'x'.encode('rot13')
try:
    'aéb'.encode('ascii')
except UnicodeEncodeError as e:
    r = (e.encoding, e.object, e.start, e.end, e.reason)
r
''')
