# subclasses of bytes and bytearray
class B(bytes):
    def shout(self):
        return self.upper() + b'!'

class BA(bytearray):
    pass

b = B(b'hey')
print(b, type(b).__name__, b.shout(), len(b), b[0], b[1:], type(b[1:]).__name__, b == b'hey', hash(b) == hash(b'hey'))
b.attr = 5
print(b.attr, isinstance(b, bytes), type(b + b'x').__name__, type(b.upper()).__name__)
ba = BA(b'xyz')
ba.append(33)
print(ba, type(ba).__name__, isinstance(ba, bytearray), ba == b'xyz!')
print(B(), B(3), B([65]), BA('é', 'utf-8'))
