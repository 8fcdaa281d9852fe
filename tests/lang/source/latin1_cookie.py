# -*- coding: latin-1 -*-
# A Latin-1 source file: its bytes are decoded, not read as UTF-8.
s = "café"
print(s, len(s), hex(ord(s[-1])))
