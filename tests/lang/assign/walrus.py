# Assignment expressions
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print(i)
print((a := 3) + a)
def f():
    if (r := len("abc")) == 3:
        return r * 2
print(f())
vals = []
while (v := len(vals)) < 3:
    vals.append(v)
print(vals)
print([last := k for k in range(3)], last)
