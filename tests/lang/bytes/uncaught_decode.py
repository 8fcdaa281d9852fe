# an uncaught UnicodeDecodeError ends the program with CPython's last line
data = b'valid then \xff invalid'
print(data[:5].decode())
print(data.decode('utf-8'))
