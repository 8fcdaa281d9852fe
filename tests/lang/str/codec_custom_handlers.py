# error handlers registered with codecs.register_error
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import codecs
codecs.register_error('strt_q', lambda e: ('?' * (e.end - e.start), e.end))
'aéb€'.encode('ascii', 'strt_q')
b'a\xffb'.decode('ascii', 'strt_q')
codecs.register_error('strt_skip2', lambda e: ('<', e.start + 2))
'aéé€b'.encode('ascii', 'strt_skip2')
codecs.register_error('strt_bad', lambda e: 5)
'é'.encode('ascii', 'strt_bad')
codecs.register_error('strt_pos', lambda e: ('', 100))
'é'.encode('ascii', 'strt_pos')
codecs.register_error('strt_raise', lambda e: (_ for _ in ()).throw(KeyError('no')))
'é'.encode('ascii', 'strt_raise')
codecs.lookup_error('strict'), codecs.lookup_error('strt_q') is not None
codecs.lookup_error('strt_missing')
codecs.register_error('strt_x', 5)
'\U0001F600'.encode('latin-1', 'backslashreplace'), '\xff'.encode('ascii', 'backslashreplace')
'\U0001F600'.encode('ascii', 'xmlcharrefreplace'), '\ud800'.encode('ascii', 'xmlcharrefreplace')
'\ud800'.encode('ascii', 'namereplace'), '\uffff'.encode('ascii', 'namereplace')
'\udcff\udc80'.encode('latin-1', 'surrogateescape'), '\udc41'.encode('utf-8', 'surrogateescape')
''')
