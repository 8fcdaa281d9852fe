# str and bytes seeds go through sha512 in Lib/random.py (version 2), and version 1 str seeding.
import random
for s in ["hello", b"bytes", bytearray(b"ba"), "", "ünïcode"]:
    r = random.Random(s)
    print(repr(s), r.random(), r.randrange(10**6))
r = random.Random()
r.seed("abc", version=1)
print(r.random())
try:
    random.Random([1, 2])
except TypeError as e:
    print("TypeError", e)
