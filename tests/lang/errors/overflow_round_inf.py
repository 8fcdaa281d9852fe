# OverflowError: cannot convert float infinity to integer
print(int(1e300))
print(int(float("inf")))
