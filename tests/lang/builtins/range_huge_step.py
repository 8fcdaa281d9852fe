# Slicing a range with a step beyond the C ssize range keeps the exact step.
print(range(10)[::-2**100])
print(range(10)[::2**100])
print(range(10)[2**100:])
print(list(range(10)[::-2**63]), list(range(10)[::2**63 - 1]))
r = range(0, 100, 3)[5:-2**80:-2**64]
print(r, list(r))
class I:
    def __index__(self): return -2**90
print(range(3)[::I()])
