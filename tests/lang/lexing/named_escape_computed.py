# Names Python computes rather than stores: Hangul syllables, CJK ideographs,
# and other NAME-HEXCODE names (compatibility ideographs, Khitan, Nushu).
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE GGAG}"))
print(ascii("\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE YAE}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-3400}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-20000}\N{CJK UNIFIED IDEOGRAPH-2A6DF}\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{CJK COMPATIBILITY IDEOGRAPH-2F800}"))
print(ascii("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{NUSHU CHARACTER-1B170}"))
print(ascii("\N{cjk compatibility ideograph-f900}\N{nushu character-1b170}"))
for cp in (0xAC00, 0xAC01, 0xB098, 0xD7A3):
    print(hex(cp), chr(cp) == eval('"\\N{HANGUL SYLLABLE %s}"' % {0xAC00: "GA", 0xAC01: "GAG", 0xB098: "NA", 0xD7A3: "HIH"}[cp]))
