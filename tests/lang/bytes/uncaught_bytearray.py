# an uncaught ValueError from bytearray.append
b = bytearray(b'ab')
b.append(98)
print(b)
b.append(1000)
