# A change of case alone is cheap.
s = "abc"
print(s.Upper())
