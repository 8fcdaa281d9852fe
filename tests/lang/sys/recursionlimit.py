# sys.getrecursionlimit / setrecursionlimit
import sys
old = sys.getrecursionlimit()
print(old >= 1000, type(old).__name__)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
