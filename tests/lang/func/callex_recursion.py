# Deep recursion through f(*args) raises RecursionError, and the stack recovers.
import sys

def down(*args):
    return down(*args)

def down_kw(**kw):
    return down_kw(**kw)

for fn, a, k in ((down, (1,), {}), (down_kw, (), {'x': 1})):
    try:
        fn(*a, **k)
    except RecursionError as e:
        print(fn.__name__, type(e).__name__, e)

def count(n, *rest):
    return 0 if n == 0 else 1 + count(*(n - 1,) + rest)

print(count(500, 'x'))
print(sys.getrecursionlimit() > 500)
