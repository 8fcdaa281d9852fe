# _operator: arithmetic, bitwise and comparison functions, with errors
import _operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.lshift(1, 5), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 1), op.ge(1, 3))
print(op.lt([1, 2], [1, 3]), op.eq({1: 2}, {1: 2}))
class M:
    def __matmul__(self, other):
        return 'matmul'
    def __lt__(self, other):
        return 'custom lt'
print(op.matmul(M(), 1), op.lt(M(), 1))
print(op.not_(0), op.not_([1]), op.truth([]), op.truth('x'))
print(op.is_(None, None), op.is_not(None, 0), op.is_(1, 2))
print(op.add.__name__, op.add.__doc__, op.truth.__doc__)
errs = [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.add(a=1, b=2), lambda: op.neg(),
        lambda: op.neg('a'), lambda: op.index(1.5), lambda: op.add(1, 'a'), lambda: op.lt(1, 'a'),
        lambda: op.truediv(1, 0), lambda: op.matmul(1, 2), lambda: op.not_(1, 2), lambda: op.is_(1),
        lambda: op.pow(2), lambda: op.inv(1.0)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
