# Non-ASCII characters directly in source vs escapes.
print("é" == "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}")
print("中" == "\u4e2d", ord("中"))
print("😀" == "\U0001F600")
print(r"é\n", b"caf\xc3\xa9".decode("utf-8"))
