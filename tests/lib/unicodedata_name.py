import unicodedata as u
for ch in 'a\u00e9\uac00\ud7a3\u4e00\U00020000\U0001F600\u0e01\u17d2\ufeff\U000E0100':
    print(hex(ord(ch)), u.name(ch))
print(u.name('\x00', 'none'), u.name('\U000E0080', None))
