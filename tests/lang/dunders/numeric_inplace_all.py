# Every in-place dunder; missing __iop__ falls back to __op__, NotImplemented too
class I:
    def __init__(self): self.log = []
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow',
       'lshift', 'rshift', 'and', 'xor', 'or']
def make(op):
    def f(self, o):
        self.log.append(op); return self
    return f
for op in ops:
    setattr(I, f'__i{op}__', make(op))
x = I()
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x //= 1; x %= 1; x **= 1
x <<= 1; x >>= 1; x &= 1; x ^= 1; x |= 1
print(x.log)
class Fallback:
    def __add__(self, o): return 'add used'
f = Fallback(); f += 1; print(f)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'add after NotImplemented'
n = NI(); n += 1; print(n)
class Ret:
    def __iadd__(self, o): return 42
r = Ret(); r += 1; print(r)
l = [1]; l2 = l; l += [2]; print(l2)
t = (1,); t2 = t; t += (2,); print(t2, t)
