# TypeError: 'int' object is not iterable
total = 0
for i in range(3):
    total += i
print(total)
for i in 3:
    print(i)
