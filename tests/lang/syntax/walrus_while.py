# Walrus in while loops and lambdas.
items = [3, 1, 4, 1, 5]
it = iter(items)
out = []
while (x := next(it, None)) is not None:
    out.append(x * 2)
print(out)
chunks = ["ab", "cd", ""]
i = 0
while chunk := chunks[i]:
    print("chunk", chunk)
    i += 1
f = lambda: (t := 7) * t
print(f())
print([(q := j) for j in range(3)][-1], q)
