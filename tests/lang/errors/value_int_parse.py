# ValueError: invalid literal for int() with base 10: 'x'
print(int("42"))
print(int("x"))
