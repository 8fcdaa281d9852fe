# -*- coding: latin-1 -*-
# This file is encoded in Latin-1: the literal below is one byte per char.
s = "café üß"
print(s, len(s))
print([hex(ord(c)) for c in s])
print([hex(ord(c)) for c in s])
