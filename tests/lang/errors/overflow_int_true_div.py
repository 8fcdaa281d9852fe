# OverflowError: integer division result too large for a float
big = 10 ** 400
print(big // 3 > 0)
print(big / 3)
