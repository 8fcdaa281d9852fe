# Malformed and unknown \N{...} escapes: CPython's messages and positions.
cases = [
    r'"\N{}"', r'"\N"', r'"\Nabc"', r'"\N{abc"', r'"ab\N{abc}"', r'"x\N{DASH"',
    r'"\N{LATIN SMALL LETTER}"', r'"\N{ LATIN SMALL LETTER A}"', r'"\N{LATIN  SMALL LETTER A}"',
    r'"\N{LATIN SMALL LETTER A }"', r'"\N{hangul syllable ga}"', r'"\N{HANGUL SYLLABLE }"',
    r'"\N{HANGUL SYLLABLE GGG}"', r'"\N{cjk unified ideograph-4e00}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-4DC0}"', r'"\N{CJK UNIFIED IDEOGRAPH-0004E00}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-2A6E0}"', r'"\N{CJK COMPATIBILITY IDEOGRAPH-0F900}"',
    r'"\N{TANGUT IDEOGRAPH-17000}"', r'"\N{KEYCAP NUMBER SIGN}"', r'"\N{LINE FEED (LF)}"',
    r'f"\N{nonexistent}"', r'f"{1}\N{nope}"', 'x = 1\ny = "\\N{NOPE}"\n', r'"\N{' + "A" * 300 + '}"',
]
for src in cases:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
