# Nested loops over various iterables
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
print(table)
for row in table:
    print(' '.join(map(str, row)))
pairs = []
for a in "ab":
    for b in (1, 2):
        for c in [True]:
            pairs.append((a, b, c))
print(pairs)
n = 0
i = 0
while i < 5:
    j = 0
    while j < i:
        n += j
        j += 1
    i += 1
print(n)
for k, v in {'a': [1, 2], 'b': [3]}.items():
    for item in v:
        print(k, item)
total = 0
for x in range(100):
    for y in range(x):
        total += x ^ y
print(total)
