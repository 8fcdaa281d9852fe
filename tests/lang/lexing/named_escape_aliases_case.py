# \N{...} accepts any case (except for computed names) and Unicode's name
# aliases: control characters, abbreviations, corrections.
print(ascii("\N{latin small letter a}\N{Em Dash}\N{em dash}"))
print(ascii("\N{LF}\N{lf}\N{NEW LINE}\N{CR}\N{NUL}\N{TAB}\N{HT}\N{ESC}\N{DEL}\N{NBSP}"))
print(ascii("\N{BOM}\N{BYTE ORDER MARK}\N{ZWJ}\N{ZWNJ}\N{ZWSP}\N{SHY}\N{VS1}\N{VS256}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{LATIN SMALL LETTER GHA}"))
print(ascii("\N{NULL}\N{SPACE}\N{DELETE}\N{BELL}\N{ALERT}"))
print(ascii(f"\N{BULLET} {1 + 1} \N{bullet}"))
print(ascii("\N{SNOWMAN}" "\N{snowman}"))
# Bytes and raw strings keep the escape as text.
print(b"\N{EM DASH}", r"\N{EM DASH}", rb"\N{X}")
