# Every binary numeric dunder reaches its operator
class N:
    def __init__(self, n): self.n = n
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
       'lshift', 'rshift', 'and', 'xor', 'or']
for op in ops:
    setattr(N, f'__{op}__', (lambda op: lambda self, o: f'{op}({self.n},{o})')(op))
a = N('a')
print(a + 1, a - 1, a * 1, a @ 1, a / 1, a // 1, a % 1)
print(divmod(a, 1), a ** 1, pow(a, 2), a << 1, a >> 1, a & 1, a ^ 1, a | 1)
print(a + a if False else a + 'x')
