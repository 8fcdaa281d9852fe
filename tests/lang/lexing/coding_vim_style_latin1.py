#!/usr/bin/env python3
# vim: set fileencoding=latin-1 :
# A Vim-style cookie on line 2, after a shebang line.
s = "déjà vu ©"
print(s, len(s), [hex(ord(c)) for c in s])
