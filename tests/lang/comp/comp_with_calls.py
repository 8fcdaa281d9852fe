# Comprehensions with function calls, conditions, and side effects
log = []
def f(x):
    log.append(x)
    return x * 2
print([f(x) for x in range(4) if x != 2])
print(log)
def even(n):
    return n % 2 == 0
print([n for n in range(10) if even(n)])
print([str(n).zfill(3) for n in (1, 22, 333)])
words = ["Hello", "World", "from", "Krait"]
print([w.lower() for w in words if w[0].isupper()])
print({w: i for i, w in enumerate(words)})
print([max(a, b) for a, b in zip([1, 5, 3], [4, 2, 6])])
print([sorted(t) for t in [(3, 1, 2), (9, 8)]])
print([abs(v) for v in [-1, 2, -3]] == list(map(abs, [-1, 2, -3])))
acc = []
[acc.append(i * i) for i in range(4)]
print(acc)
