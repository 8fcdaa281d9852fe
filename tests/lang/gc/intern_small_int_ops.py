# Results of arithmetic in the small int range are the cached objects.
a = 100
b = 50 + 50
print(a is b)
c = int("42")
d = 21 * 2
print(c is d)
e = 2 ** 10
f = int("1024")
print(e is f, e == f)
g = -3
h = int("-3")
print(g is h)
print(len([0] * 7) is 7 - 0 * len([]) + len(""))
