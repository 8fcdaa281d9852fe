# -*- coding: utf-8 -*-
# A coding declaration on the first line.
s = "naïve café"
print(s, len(s))
print([hex(ord(c)) for c in s])
