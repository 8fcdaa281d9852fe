# bytes/bytearray comparisons, hashing, containment and mixed operations
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
b'a' < b'b', b'ab' < b'abc', b'' < b'\x00', bytearray(b'a') == b'a', b'a' == bytearray(b'a'), b'a' != 'a', b'\xff' > b'\x7f'
b'a' < bytearray(b'b'), bytearray(b'z') > b'a', memoryview(b'a') == b'a', b'a' == memoryview(b'a')
b'a' < 'b'
b'a' + 'b'
b'a' + bytearray(b'b'), bytearray(b'a') + b'b', b'a' + memoryview(b'c'), type(bytearray(b'a') + b'b').__name__
97 in b'abc', b'bc' in b'abc', b'' in b'', bytearray(b'b') in b'abc', memoryview(b'b') in b'abc' if False else 0
256 in b'a'
'a' in b'a'
hash(b'abc') == hash(b'ab' + b'c'), b'abc' * 2, 2 * b'x', b'ab' * -1, b'abc'[1], b'abc'[1:], b'abc'[::-1], b'abc'[-1:]
b'abc'[5]
''')
