# String literal escapes and raw strings
print("tab:\t|", "newline:\\n", 'single \' quote', "double \" quote", "back\\slash")
print("\x41\x42", "\u00e9", "\u20AC", "\U0001F600", "\101", len("\0"), "\N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n \t \\", R"RAW\d", len(r"\n"), len("\n"))
print("""triple "double" quotes""", '''triple 'single' ''')
print("implicit" " concatenation" ' across' " literals")
print("line \
continuation")
print(repr("\a\b\f\v\r"), repr("\x7f\x80"), repr("\u200b"))
s = """multi
line
string"""
print(s.split("\n"), len(s))
