# str.encode/bytes.decode with the UTF-16 and UTF-32 codecs
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'€'.encode('utf-16'), '€'.encode('utf-16-le'), '€'.encode('utf-16-be'), '€'.encode('utf-32'), '€'.encode('utf-32-be'), 'a\U0001f600'.encode('utf-16-le')
b'\xff\xfe\xac '.decode('utf-16'), b'a\x00'.decode('utf-16-le'), b'\x00\x00 \xac'.decode('utf-32-be'), b'=\xd8\x00\xde'.decode('utf-16-le')
b'a'.decode('utf-16-le')
'é'.encode('namereplace' and 'ascii', 'namereplace')
''')
