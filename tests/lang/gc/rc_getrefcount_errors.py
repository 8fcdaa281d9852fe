# sys.getrefcount argument checking.
import sys

try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError", e)
try:
    sys.getrefcount(1, 2)
except TypeError as e:
    print("TypeError", e)
print(sys.getrefcount(object()))
print(sys.getrefcount([]))
