# Keyword-only parameters after * or *args
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=4, b=2))
def g(*args, sep='-', end='.'):
    return sep.join(args) + end
print(g('a', 'b', 'c'))
print(g('a', 'b', sep='+', end='!'))
def h(*, x):
    return x * 2
print(h(x=21))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__)
