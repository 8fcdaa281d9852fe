# encode with every error handler
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'aé€\U0001F600'.encode('ascii', 'ignore')
'aé€\U0001F600'.encode('ascii', 'replace')
'aé€\U0001F600'.encode('ascii', 'xmlcharrefreplace')
'aé€\U0001F600'.encode('ascii', 'backslashreplace')
'aé€\U0001F600'.encode('ascii', 'namereplace')
'aé€'.encode('latin-1', 'replace')
'a\udc80b'.encode('utf-8', 'surrogateescape')
'a\udcffb'.encode('ascii', 'surrogateescape')
'a\ud800b'.encode('utf-8', 'surrogatepass')
'a\ud800b'.encode('utf-16-le', 'surrogatepass')
'a\ud800b'.encode('utf-8', 'replace'), 'a\ud800b'.encode('utf-8', 'ignore')
'a\ud800b'.encode('utf-8', 'backslashreplace')
'a\ud800b'.encode('utf-8', 'xmlcharrefreplace')
'\x80'.encode('ascii', 'namereplace'), '\U000E0001'.encode('ascii', 'namereplace')
'é'.encode(), 'é'.encode('utf8'), 'é'.encode('UTF-8'), 'é'.encode('latin1')
'é'.encode(encoding='cp1252'), '€'.encode('cp1252')
''')
