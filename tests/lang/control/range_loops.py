# for over ranges with start, stop, step (incl. negative)
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 3)))
print(list(range(10, 0, -2)))
print(list(range(5, 5)))
print(list(range(5, 0)))
print(list(range(-3, 3)))
print(list(range(0, -10, -3)))
acc = 0
for i in range(1, 101):
    acc += i
print(acc)
for i in range(3, -1, -1):
    print(i, end=' ')
print()
r = range(1, 10, 2)
print(len(r), r[0], r[-1], r[1:3], 5 in r, 4 in r)
print(r.index(7), r.count(3))
