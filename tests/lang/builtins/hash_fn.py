# hash() of ints, strs, tuples (PYTHONHASHSEED=0 makes str hashes deterministic)
for v in (0, 1, -1, -2, 42, 10 ** 18, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), True, False):
    print(repr(v), hash(v))
for s in ("", "a", "abc", "hello world", "é", "日本"):
    print(repr(s), hash(s))
for t in ((), (1,), (1, 2), ("a", 1), ((1, 2), (3,))):
    print(repr(t), hash(t))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(1e100))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
