import unicodedata as u
for ch in 'aA1 \t\u00e9\u0300\u4e00\uac00\u2028\ud800\ue000\U0001F600\U000E0080\u00bd\u0f3a_-+$\u01c5\u02b0\u20dd\u0903\u2160':
    print(hex(ord(ch)), u.category(ch), u.bidirectional(ch) or '-', u.east_asian_width(ch), u.mirrored(ch))
print(u.unidata_version)
