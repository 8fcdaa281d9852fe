import encodings.idna
print('bücher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'))
print('ÄÖÜ.Straße'.encode('idna'), 'example.com'.encode('idna'))
try:
    'a\u0660\u0041.com'.encode('idna')
except UnicodeError as e:
    print(type(e).__name__, e)
