# divmod() and pow() (incl. 3-argument form)
for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 20, 7)):
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(9, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(7, -1, 11), pow(5, 0, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7), pow(2, 10 ** 6, 10 ** 9))
print(2 ** 0.5, (-2) ** 2, pow(10, 20), pow(-1, 10 ** 9))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
