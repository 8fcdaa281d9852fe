# sys.getsizeof of bytearray and bytes of several lengths.
import sys

print([sys.getsizeof(bytes(n)) for n in range(10)])
print([sys.getsizeof(bytearray(n)) for n in (0, 1, 5, 16, 100)])
ba = bytearray()
sizes = []
for i in range(40):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
