import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
@functools.cache
def ident(x): return [x]
print(ident(1) is ident(1), ident.__wrapped__(1) is ident(1))
@functools.lru_cache
def typed(x): return type(x).__name__
print(typed(1), typed(1.0))
try:
    sq([])
except TypeError as e:
    print("TypeError", e)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
