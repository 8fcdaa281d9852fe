import unicodedata as u
for s in ['caf\u00e9', 'cafe\u0301', '\u212b', '\ufb01', '\uac00', '\u1100\u1161', 'abc', '']:
    print(ascii(s), [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
