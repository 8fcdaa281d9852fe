import unicodedata as u
for n in ('LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00',
          'LATIN CAPITAL LETTER GHA', 'KEYCAP NUMBER SIGN', b'SPACE', 'BYTE ORDER MARK', 'EURO SIGN'):
    print(ascii(u.lookup(n)))
print(all(u.lookup(u.name(chr(c))) == chr(c) for c in range(0x20, 0x3000) if u.name(chr(c), None)))
