# str.encode with errors= and codecs, and decoding back
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
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
''')
