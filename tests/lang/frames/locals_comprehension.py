# locals() inside comprehensions and generator expressions sees their own scope.
r = [sorted(locals()) for x in range(2)]
print(r)
print({k: sorted(locals()) for k in "a"})
print({tuple(sorted(locals())) for y in [0]})
print(list(sorted(locals()) for z in [0]))
def f(n):
    m = 1
    return [sorted(locals()) for i in range(n) if m]
print(f(1))
def g():
    outer_v = 5
    return [sorted(locals()) for i in [0] if outer_v]
print(g())
print([type(locals()[".0"]).__name__ for _ in range(1)])
