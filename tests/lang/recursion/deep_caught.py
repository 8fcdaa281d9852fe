# Infinite recursion raises RecursionError with the default limit; it can be caught
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
try:
    down(0)
except RuntimeError as e:
    print("again, as RuntimeError:", type(e).__name__)
print(count(900))
