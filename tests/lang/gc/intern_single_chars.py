# One-character Latin-1 strings are shared objects.
s = "abcdef"
other = "xa"
print(s[0] is other[1], s[1:2] is s[1])
ab = "BA"
print(chr(65) is ab[1])
t = "\xe9x"
print(t[0] is chr(0xe9))
