# pickle: the exact bytes of dumps for common values under each protocol, and pickletools-free opcode checks.
import pickle

values = [0, 255, 256, -1, 2**31, 2**64, 1.25, "a", "é" * 3, b"ab", (1, 2), [1, "x"], {"k": None},
          {1, 2} if False else frozenset(), True, None, (), [[]], ("s", "s")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        print(proto, repr(v), pickle.dumps(v, protocol=proto))
big = list(range(1200))
for proto in (2, 4, 5):
    data = pickle.dumps(big, protocol=proto)
    print(proto, len(data), data[:12], pickle.loads(data) == big)
s = "shared"
print(pickle.dumps([s, s], 4), pickle.dumps([s, s], 0))
