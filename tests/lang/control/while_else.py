# while loops with else clauses, break and continue
i = 0
while i < 5:
    i += 1
else:
    print("while finished, i =", i)
i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
else:
    print("else after continue-loop, total =", total)
while False:
    print("never")
else:
    print("else of never-run loop")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
