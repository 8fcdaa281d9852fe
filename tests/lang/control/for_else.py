# for loops with else
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=' ')
print()
for c in "abc":
    continue
else:
    print("else after continue, c =", c)
