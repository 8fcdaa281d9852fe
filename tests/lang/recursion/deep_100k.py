# 100,000-deep recursion with a raised limit; then exceed the limit and catch it
import sys
sys.setrecursionlimit(110000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(100000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(1000))
