# str repr: quote choice, escapes of control, non-printable and surrogate characters
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
"it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t\x00\x7f\x80\xa0\xad', 'é中\U0001f600', '\ud800', '\u200b\u2028\ufeff', '\U000e0001', '\x1b[0m'
ascii('é中\U0001f600\n'), ascii("it's"), ascii(b'x'), ascii(['é']), repr('\x9f'), repr('\u0378'), repr('\U0010ffff'), repr('\ue000')
str(b'x'), str(b'x', 'ascii'), str(b'\xff', 'latin-1'), str(bytearray(b'y'), encoding='utf-8'), str(encoding='utf-8'), str(object=5)
str(b'\xff', 'utf-8')
str(1, 'utf-8')
str('x', 'utf-8')
str(b'x', errors='strict'), str(memoryview(b'ab'), 'ascii')
import sys
sys.intern('abc') is sys.intern('ab' + 'c'.lower()), sys.intern('xyz') == 'xyz'
sys.intern(1)
class S(str): pass
sys.intern(S('q'))
''')
