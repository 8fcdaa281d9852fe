# A source file with a byte that is not UTF-8 and no coding cookie.
print("ÿ")
