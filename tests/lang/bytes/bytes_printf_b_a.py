# %b, %s, %a, %r and %c in bytes formatting.
class WithBytes:
    def __bytes__(self):
        return b'<wb>'

print(b'%b|%s' % (b'x', bytearray(b'y')))
print(b'%b' % memoryview(b'mv'), b'%s' % WithBytes())
print(b'%a' % 'caf\xe9', b'%r' % 'x\n', b'%a' % [1, b'z'])
print(b'%5b|%-5b|%.2b' % (b'ab', b'cd', b'efgh'))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')))
print(b'%(x)b-%(y)a' % {b'x': b'X', b'y': 3})
print(bytearray(b'%b %a') % (b'q', 'q'), type(bytearray(b'%b') % b'').__name__)
print(b'%%%b%%' % b'-', b'%5.1a' % 'abc')
print(b'%d %i %u %x %X %o %e %f %g' % (1, 2, 3, 255, 255, 8, 1.5, 2.5, 3.5))
print(b'%#x %#o %+d % d %05d %-5d|' % (255, 8, 3, 4, 42, 7))
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
