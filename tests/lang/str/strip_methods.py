# strip, lstrip, rstrip, removeprefix, removesuffix
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("...a.".rstrip(".")))
print(repr("".strip()), repr("   ".strip()), repr("no-op".strip()))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(repr("\u3000wide\u3000".strip()))
