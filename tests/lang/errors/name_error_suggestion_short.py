# One-letter names are too short to suggest.
a = 1
print(b)
