import ast
# kind is 'u' only for a lowercase u prefix on the first string of a concatenation
for src in ['u"a"', 'U"a"', '"a" u"b"', 'u"a" "b"', "r'x'", "b'x'", 'f"{1}"', "'''doc'''"]:
    c = ast.parse(src, mode="eval").body
    print(src, type(c).__name__, getattr(c, "kind", "-"), (c.col_offset, c.end_col_offset))
