# Generator functions with yield
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def pairs(seq):
    for i, x in enumerate(seq):
        yield i, x
for i, x in pairs("ab"):
    print(i, x)
g = count_up(2)
print(next(g), next(g), next(g, "exhausted"))
def with_return():
    yield 1
    return "done"
it = with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
