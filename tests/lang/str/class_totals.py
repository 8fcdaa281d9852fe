# whole-range counts of printable and identifier characters (tables from tools/gen_unicode.py)
printable = ident_start = ident_cont = 0
for c in list(range(0x40000)) + list(range(0xE0000, 0xE1000)):  # every assigned plane but private use
    ch = chr(c)
    if ch.isprintable():
        printable += 1
    if ch.isidentifier():
        ident_start += 1
    if ('a' + ch).isidentifier():
        ident_cont += 1
print(printable, ident_start, ident_cont)
