# A right operand that subclasses the left's type and overrides __rop__ goes first
class N:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return f'N.sub({self.v},{o.v})'
    def __rsub__(self, o): return f'N.rsub({self.v},{o.v})'
class M(N):
    def __rsub__(self, o): return f'M.rsub({self.v},{o.v})'
class K(N): pass  # inherits __rsub__ without overriding
print(N(1) - M(2))
print(N(1) - K(2))
print(M(1) - N(2))
class I(int):
    def __radd__(self, o): return 'I.radd'
print(1 + I(2), I(2) + 1)
class F(float):
    def __rmul__(self, o): return 'F.rmul'
print(2.0 * F(3), 2 * F(3))
