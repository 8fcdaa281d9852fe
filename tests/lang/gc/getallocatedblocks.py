# sys.getallocatedblocks grows with live objects and shrinks when they go.
import sys

base = sys.getallocatedblocks()
print(type(base).__name__, base > 0)
objs = [object() for _ in range(10000)]
grown = sys.getallocatedblocks()
print(grown - base >= 10000)
del objs
print(sys.getallocatedblocks() - base < 100)
try:
    sys.getallocatedblocks(1)
except TypeError as e:
    print(e)
