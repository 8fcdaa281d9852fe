# a decorator factory with arguments and state
def repeat(n):
    def deco(fn):
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        w.n = n
        return w
    return deco
@repeat(3)
def hi(name="x"):
    return "hi " + name
print(hi(), hi.n)
print(hi(name="y"))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)
