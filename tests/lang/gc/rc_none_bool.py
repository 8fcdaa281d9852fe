# Singletons: getrefcount stays large and positive; identity is stable.
import sys

print(sys.getrefcount(None) > 100)
print(sys.getrefcount(True) > 10, sys.getrefcount(False) > 10)
print(sys.getrefcount(...) > 1)
a = [None] * 1000
print(sys.getrefcount(None) > 1000)
print(type(sys.getrefcount(None)).__name__)
