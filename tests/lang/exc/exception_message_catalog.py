# Messages of common builtin errors raised by operations on objects
import math
cases = [
    lambda: [].pop(), lambda: {}.popitem(), lambda: [1].index(2), lambda: 'abc'.index('z'),
    lambda: int('12x'), lambda: float('1.2.3'), lambda: math.sqrt(-1), lambda: 1 / 0, lambda: 1 % 0,
    lambda: 2.0 ** 10000, lambda: [0] * (2**62), lambda: chr(-1), lambda: ord('ab'),
    lambda: next(iter([])), lambda: (1, 2).count(), lambda: 'x'.join([1]), lambda: sum(['a']),
    lambda: divmod(1, 0), lambda: int(None), lambda: list(5), lambda: tuple(None), lambda: {}[[]],
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
