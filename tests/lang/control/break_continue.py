# break and continue in nested loops affect only the innermost loop
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
print("---")
i = 0
while True:
    i += 1
    if i > 6:
        break
    if i % 3 == 0:
        continue
    print("i", i)
out = []
for x in range(20):
    if x % 2 == 0:
        continue
    if x > 11:
        break
    out.append(x)
print(out)
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c > b:
                break
            count += 1
print("count", count)
