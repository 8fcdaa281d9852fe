# TypeError: int() can't convert non-string with explicit base
print(int("12", 8))
print(int(12, 8))
