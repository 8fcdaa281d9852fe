# Raw string prefixes r and R: backslashes kept literally.
print(r"a\nb", R"a\tb", len(r"\n"))
print(r'\'', r"\"", r"\\")
print(r"""multi\
line""")
print(r"C:\path\to\file")
print(repr(r"\x41"), repr(r"\N{DASH}"))
