# Recursing to just below a lowered limit works; beyond it raises
import sys
sys.setrecursionlimit(200)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(2000)
print(depth(1500))
