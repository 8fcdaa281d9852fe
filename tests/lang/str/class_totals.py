# whole-range counts of printable and identifier characters (tables from tools/gen_unicode.py)
printable = ident_start = ident_cont = 0
for c in range(0x110000):
    ch = chr(c)
    if ch.isprintable():
        printable += 1
    if ch.isidentifier():
        ident_start += 1
    if ('a' + ch).isidentifier():
        ident_cont += 1
print(printable, ident_start, ident_cont)
