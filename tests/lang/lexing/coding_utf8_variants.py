# -*- coding: UTF-8-unix -*-
# "utf-8" followed by a suffix is still UTF-8 (CPython normalizes it).
s = "naïve €"
print(s, len(s))
