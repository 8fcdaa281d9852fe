# bytearray mutation: pop/insert/remove/reverse/extend/+=/*=/del slices and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
b = bytearray(b'hello')
b.pop(), b.pop(0), b, b.insert(0, 72), b.insert(-1, 33), b, b.remove(108), b, b.reverse(), b
b.extend(b'XY'), b.extend([1, 2]), b.extend(range(3)), b, b.clear(), b
b.pop()
b.remove(1)
b.insert(0, 300)
b.insert(0, 'a')
b.extend(5)
b.extend(['a'])
b.extend([1000])
b = bytearray(b'ab'); b += b'cd'; b *= 2; b, b * 0, b[::2], b[1:3]
b += 'x'
b[0] = -1
b[10]
b = bytearray(b'abcdef'); del b[1:3]; del b[::2]; b
b = bytearray(range(10)); b[::3] = b'XYZW'; b[1:4] = b''; b
b[::2] = b'x'
b = bytearray(b'ab'); b[0:0] = [1, 2]; b[5:] = bytearray(b'z'); b, b.copy() == b, b.copy() is b
bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') == b'x', bytearray(b'x') < b'y', bytearray() + b'a' + bytearray(b'b')
bytearray('x')
bytearray(-1)
bytearray([256])
bytearray(b'abc').alloc if False else 0
hash(bytearray())
''')
