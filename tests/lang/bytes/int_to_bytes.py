# int.to_bytes and int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True))
print((2**64).to_bytes(9, 'big'), (-2**63).to_bytes(8, 'little', signed=True), (10**30).to_bytes(13, byteorder='big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff'), int.from_bytes(b''))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x7f', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(memoryview(b'\x10'), 'big'))
n = 12345678901234567890123456789
print(int.from_bytes(n.to_bytes(16, 'little'), 'little') == n, int.from_bytes((-n).to_bytes(16, 'big', signed=True), 'big', signed=True) == -n)
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')))
for v in range(-300, 300, 37):
    assert int.from_bytes(v.to_bytes(2, 'big', signed=True), 'big', signed=True) == v
print('round trips ok')
