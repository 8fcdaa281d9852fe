# List-form targets
[a, b] = 1, 2
print(a, b)
[a, b, c] = [10, 20, 30]
print(a, b, c)
[x, [y, z]] = [1, [2, 3]]
print(x, y, z)
[p, (q, r)] = "a", "bc"
print(p, q, r)
lst = [0, 0, 0]
[lst[0], lst[2]] = 7, 9
print(lst)
[first, *rest] = range(5)
print(first, rest)
[] = []
print("empty ok")
() = ()
print("empty tuple ok")
