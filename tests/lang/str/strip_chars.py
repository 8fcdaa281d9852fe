# strip, lstrip and rstrip with and without chars
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'  a b  '.strip(), '  a b  '.lstrip(), '  a b  '.rstrip()
'\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u3000x\u2028'.strip()
'xxaxx'.strip('x'), 'xyaxy'.strip('yx'), 'abc'.strip(''), 'abc'.strip(None)
'www.example.com'.lstrip('cmowz.'), 'www.example.com'.rstrip('cmowz.')
'ééaé'.strip('é'), '\U0001F600a\U0001F600'.strip('\U0001F600')
'aaa'.strip('a'), ''.strip('a'), 'abc'.lstrip('cba')
'\u200bx\u200b'.strip()
'abc'.strip(1)
'abc'.lstrip(b'a')
'abc'.rstrip(['a'])
'abc'.strip('a', 'b')
''')
