# A UTF-8 byte order mark at the start of the file is skipped.
x = "after BOM"
print(x)
print(__doc__)
print(len("é"), hex(ord("é")))
