# _operator: the in-place functions and concat/iconcat
import _operator as op

a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
print(op.iadd(1, 2), op.isub(5, 2), op.imul([0], 3), op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1}
print(op.ior(s, {2}) is s, s)
class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self
    def __imatmul__(self, o):
        return 'imatmul'
acc = Acc()
print(op.iadd(acc, 5) is acc, acc.v, op.imatmul(acc, 1))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
x = [1]
print(op.iconcat(x, (2, 3)) is x, x)
for f in [lambda: op.concat(1, 2), lambda: op.concat([1], (2,)), lambda: op.iconcat(1, 2),
          lambda: op.concat({}, {}), lambda: op.iadd(1), lambda: op.iadd([], 1), lambda: op.isub('a', 'b'),
          lambda: op.iconcat('a', 1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
