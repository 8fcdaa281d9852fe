import array, struct
for c in 'bBuhHiIqQfd':
    print(c, array.array(c).itemsize)
# 'l' follows the platform's C long, as struct's native 'l' does
print(array.array('l').itemsize == struct.calcsize('l'), array.array('L').itemsize == struct.calcsize('L'))
print(array.array('q', [-2**63, 2**63 - 1]), array.array('Q', [0, 2**64 - 1]))
print(array.array('b', [-128, 127]), array.array('B', [0, 255]), array.array('h', [-32768, 32767]))
print(array.array('H', [65535]), array.array('i', [-2**31]), array.array('I', [2**32 - 1]))
print(array.array('f', [0.1, 1.5]), array.array('d', [0.1, 1e300]))
