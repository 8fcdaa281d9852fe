# bytes methods: center/ljust/zfill/expandtabs/title/swapcase/isX/partition/splitlines/count
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'-5'.zfill(4), b'a\tb'.expandtabs(4), b'hello world'.title(), b'AbC'.swapcase(), b'abc'.capitalize()
b'abc'.center(6, '*')
b'abc'.center(6, b'**')
b'a1'.isalnum(), b'ab'.isalpha(), b'12'.isdigit(), b'  '.isspace(), b'Ab Cd'.istitle(), b'AB'.isupper(), b'ab'.islower(), b''.isalpha(), b'\x80'.isascii(), b'ab'.isascii()
b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'a\nb\r\nc'.splitlines(), b'a\nb\n'.splitlines(True)
b'a'.partition(b'')
b'a'.partition('=')
b'aaa'.count(b'a'), b'aaa'.count(97), b'abc'.count(b'', 1), b'abc'.find(98), b'abc'.index(b'c'), b'abc'.rfind(b'z'), b'abc'.startswith((b'x', b'a')), b'abc'.endswith(b'bc', 1)
b'abc'.find(256)
b'abc'.find('a')
b'abc'.startswith('a')
b'abc'.index(b'z')
b'a,b'.split(b','), b' a b '.split(), b'a b c'.rsplit(None, 1), b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([])
b'-'.join([b'a', 'b'])
b'a'.split('a')
b'xxaxx'.strip(b'x'), b'  a '.lstrip(), b'ab'.rstrip(b'b'), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'abc'.replace(b'b', b'XX'), b'aaa'.replace(b'a', b'b', 2)
b'abc'.translate(None, b'b'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), bytes.maketrans(b'a', b'b')[97]
bytes.maketrans(b'ab', b'c')
b'abc'.translate(b'x')
''')
