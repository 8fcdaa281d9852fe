# Underscores in numeric literals.
print(1_000_000, 0x_FF, 0b_1010, 0o_17)
print(1_0.5_0, 1e1_0, 1_2j)
print(0_0, 00, 0x1_f_f)
print(int("1_000"), float("1_0.5"))
