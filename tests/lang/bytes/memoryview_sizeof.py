# sys.getsizeof of memoryviews grows with the number of dimensions, as in CPython.
import sys

b = bytes(24)
print(sys.getsizeof(memoryview(b)))
print(sys.getsizeof(memoryview(b).cast('B', shape=[2, 12])))
print(sys.getsizeof(memoryview(b).cast('i', shape=[2, 3])))
print(sys.getsizeof(memoryview(b).cast('B', shape=[2, 3, 4])))
print(sys.getsizeof(memoryview(b[:1]).cast('B', shape=[])))
print(memoryview(b).__sizeof__())
