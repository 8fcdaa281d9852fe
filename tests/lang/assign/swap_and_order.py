# Right side is evaluated fully before any target is assigned
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
i = 0
i, lst[i] = 2, 'X'
print(i, lst)
x = [0, 1]
x[0], x[1] = x[1], x[0]
print(x)
def trace(v):
    print("eval", v)
    return v
p, q = trace(1), trace(2)
print(p, q)
fib = [0, 1]
for _ in range(10):
    a, b = fib[-2], fib[-1]
    fib.append(a + b)
print(fib)
m, n = 0, 1
for _ in range(50):
    m, n = n, m + n
print(m)
