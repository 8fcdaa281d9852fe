# ValueError: chr() arg not in range(0x110000)
print(chr(0x41))
print(chr(0x110000))
