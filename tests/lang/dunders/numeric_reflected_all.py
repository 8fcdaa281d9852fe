# Every reflected numeric dunder: 1 op obj calls obj.__rop__(1)
class R:
    pass
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
       'lshift', 'rshift', 'and', 'xor', 'or']
for op in ops:
    setattr(R, f'__r{op}__', (lambda op: lambda self, o: f'r{op}({o})')(op))
r = R()
print(1 + r, 1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r)
print(divmod(1, r), 1 ** r, pow(1, r), 1 << r, 1 >> r, 1 & r, 1 ^ r, 1 | r)
print('s' + r, [1] * r, 2.5 ** r)
try:
    pow(1, r, 5)
except TypeError as e:
    print(e)
