# \N{...} named Unicode escapes with common names.
print("\N{LATIN SMALL LETTER A}", "\N{GREEK SMALL LETTER ALPHA}")
print(ord("\N{EM DASH}"), ord("\N{NO-BREAK SPACE}"), ord("\N{BULLET}"))
print("\N{DIGIT ZERO}\N{SPACE}\N{EURO SIGN}")
print(ord("\N{SNOWMAN}"), ord("\N{BLACK HEART SUIT}"))
print(ord("\N{latin small letter b}"), ord("\N{Latin Capital Letter Z}"))
print(ord("\N{LINE FEED}"), ord("\N{CHARACTER TABULATION}"))
print(len("\N{GRINNING FACE}"), ord("\N{GRINNING FACE}"))
