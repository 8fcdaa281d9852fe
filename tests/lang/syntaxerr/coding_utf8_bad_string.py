# coding: utf-8
# With a declaration, the literal holding the bad byte reports it.
print("before")
s = "abÿcd"
