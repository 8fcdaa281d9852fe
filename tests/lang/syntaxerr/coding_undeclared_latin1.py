# No cookie: the file must be UTF-8.
x = 1
s = "café"
print(s)
