# Non-ASCII text inside string literals and comments (café, 中文, emoji 😀).
s = "café 中文 😀"
print(s, len(s))
print([hex(ord(c)) for c in s])
print("ä" "ö", "\u00e4" == "ä")
print([c for c in "日本語"])
