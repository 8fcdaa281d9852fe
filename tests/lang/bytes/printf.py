# bytes % args (PEP 461)
print(b'%s %r %a' % (b'x', b'y', 'é'))
print(b'%5d|%-5x|%05.1f|%+i|%u|%o|%X|%e|%g|%G' % (3, 255, 3.14159, 7, 8, 9, 255, 1e10, 0.5, 1e-20))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%%', b'100%% %s' % b'sure')
print(b'%(a)s %(b)d %(a)s' % {b'a': b'1', b'b': 2})
print(b'%*d|%-*.*f|%.*s' % (5, 1, 8, 2, 3.14159, 2, b'abcdef'))
print(b'%s' % memoryview(b'mv'), b'%b' % bytearray(b'ba'), b'%.3s' % b'abcdef', b'%5s|%-5s|' % (b'r', b'l'))
print(b'%d' % True, b'%x' % -255, b'%#x %#o' % (255, 8), b'%r' % 'quote\'s', b'%a' % 1.5)

class HasBytes:
    def __bytes__(self):
        return b'custom'

print(b'%s' % HasBytes(), b'%s' % (b'tuple',), b'no args' % (), b'%s' % [b'list'] if False else b'')
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%s') % b'x'))
print(b'%i %d' % (3.9, -2.5), b'%5.2f%%' % 99.555)
