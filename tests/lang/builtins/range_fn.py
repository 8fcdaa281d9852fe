# range() argument forms and errors
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(3, -3, -2)))
print(range(0, 10, 3)[-1], len(range(-10, 10, 7)), list(range(True, 3)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
