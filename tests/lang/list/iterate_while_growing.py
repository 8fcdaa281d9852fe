# iterating a list sees items appended during the loop; reversed() sees none
a = [1, 2, 3]
seen = []
for x in a:
    seen.append(x)
    if x < 3:
        a.append(x + 10)
print(seen, a)
b = [1, 2, 3]
out = []
for x in reversed(b):
    out.append(x)
    b.append(0)
    if len(b) > 6:
        break
print(out, b)
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
