# __hash__ results: big ints are reduced, -1 becomes -2, non-ints are errors
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2**64)) == hash(2**64), hash(H(True)))
class B(int): pass
print(hash(H(B(9))))
for bad in (1.0, 'x', None):
    try:
        hash(H(bad))
    except TypeError as e:
        print(e)
