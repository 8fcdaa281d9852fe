import unicodedata as u
for ch in '0719\u0663\u00b2\u00bd\u2155\u216b\u4e07\u4e5d\u0f33\U00010107a':
    print(hex(ord(ch)), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
print(u.decimal('a', 'd'), u.digit('a', 'g'), u.numeric('a', -1.0))
