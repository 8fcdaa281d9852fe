# Extended unpacking in assignment targets.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
[x, *y] = (9,)
print(x, y)
(p, (q, *r)), s = (1, (2, 3, 4)), 5
print(p, q, r, s)
*all_, = {"k": 1}
print(all_)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
