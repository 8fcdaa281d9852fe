# The u prefix in both cases; u cannot combine with r but is otherwise plain str.
print(u"text", U"TEXT", u'\u00e9', U"\N{LATIN SMALL LETTER E WITH ACUTE}")
print(u"""triple u""", type(u"").__name__)
print(u"a" == "a", u"\x41")
print(repr(U"\t"), u"x" "y" U"z")
print(len(u"\N{SNOWMAN}"))
