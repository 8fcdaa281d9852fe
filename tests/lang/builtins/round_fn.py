# round(): half-even, ndigits, ints, negatives
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.0):
    print(v, round(v), type(round(v)).__name__)
print(round(3.14159, 2), round(3.14159, 0), round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, -1), round(123456789, -3), type(round(7, 2)).__name__)
print(round(1e20), round(1.23456789e-5, 8), round(-0.0), round(5.5), round(6.5))
print(round(2 ** 70 + 0.0), round(10 ** 20 + 5, -1))
try:
    round(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float('nan'))
except ValueError as e:
    print("ValueError:", e)
