# Fixed-point formatting rounds the exact binary value half-to-even, at every
# precision up to 22 digits and across magnitudes (the short cut for values
# below 2**52 after scaling must agree with the general path).
vals = [0.125, 0.375, 2.5, 3.5, 0.5, 1.5, 2.675, 1.005, 0.045, 1e-7, 1e-200, 5e-324,
        123456.785, 0.0049999999999999, 1 / 3, 2 / 3, 4503599627370495.5, 4503599627370496.0,
        1e15 + 0.5, 9007199254740993.0, 1e22, 1e23, 0.1 + 0.2, 1.7976931348623157e308]
for v in vals:
    row = []
    for p in (0, 1, 2, 3, 6, 12, 17, 22):
        row.append(format(v, ".%df" % p))
    print(" ".join(row))
    print(format(-v, ".2f"), "%.3f" % v, f"{v:10.4f}|{v:<12.1f}|{v:+.0f}")
print([round(x / 8, 2) for x in range(-8, 9)])
print(f"{0.0:.3f} {-0.0:.3f} {float('inf'):.2f} {float('nan'):.1f} {-1e-300:.4f}")
