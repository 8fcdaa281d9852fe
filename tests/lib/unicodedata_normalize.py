import unicodedata as u
samples = ['caf\u00e9', 'cafe\u0301', '\u212b', 'A\u030a', '\ufb01ne', '\u00bd', '\uac00\u11a8', '\u1100\u1161\u11a8',
           'a\u0323\u0307', 'a\u0307\u0323', '\u1e9b\u0323', '\u0344', '\u0f73', 'x\u0300\u0315\u0300', 'plain']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'ascii only'
print(u.normalize('NFC', s) is s)
