# repr quote choice and escaping
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('')
repr('\x00\x07\x08\t\n\r\x1b\x7f')
repr('\x80\x9f\xa0\xad\xff')
repr('\u200b\u200e\u2028\u2029\ufeff')
repr('\ud800\udfff'), repr('\ue000'), repr('\U000E0001\U0010FFFF')
repr('é€\U0001F600')
repr('\\'), repr('\\n')
repr('\u0378'), repr('\u0301')
ascii('é€\U0001F600\x7f'), ascii("'\"")
str(repr('a')), repr(repr("'"))
[repr(chr(c)) for c in (0x1c, 0x85, 0xa0, 0x3000, 0x1680)]
''')
