# mixed-type comparisons, sum of floats, results' types with subclasses, numbers ABCs and fractions
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
sum([0.1] * 10), sum([1, 0.1, 10**20, -10**20]), sum([1e308, 1e308, -1e308]), sum([1j, 2, 0.5]), sum(range(10**6)), sum([], 0.0)
1 < 1j
1j < 1j
1 <= 'a'
1.0 > None
[] < 1
class F(float): pass
class I(int): pass
type(round(F(2.5))), type(round(F(2.5), 1)), type(round(I(25), -1)), type(round(I(25))), round(I(25), -1), type(abs(F(-1))), type(F(1) // 1), type(divmod(F(5), 2)[0])
type(I(5) // 2), type(divmod(I(5), 2)[0]), type(pow(I(2), 3, 5)), type(I(5) % 3), type(I(5) >> 1), type(I(0) + 0), type(I(5) * 1)
max(1, 1.0, True), min(True, 1), max([1.5, 2, 2.0]), sorted([2.0, 2, True, 1, 1.0]), 2 in [2.0], 1.0 in {1}, {1: 'a'}[1.0], {1.0: 'x', 1: 'y'}
{0.0, -0.0, 0, False}, {float('nan'), float('nan')} if False else 0, [0.0, -0.0].index(-0.0), (-0.0).__eq__(0)
1 == 1.0000000000000002, 2**53 == 2**53 + 0.5, 0.1 == 1/10, 10**16 == 1e16, 10**23 == 1e23, int(1e23)
isinstance(True, float), isinstance(1, complex), issubclass(bool, float)
import numbers
isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), isinstance(1.0, numbers.Integral)
import fractions, decimal
fractions.Fraction(1.5), fractions.Fraction(10**20, 3) == 10**20 / 3, decimal.Decimal(1.1) if False else 0
1.5 == fractions.Fraction(3, 2), 2 ** fractions.Fraction(1, 2), fractions.Fraction(1, 3) < 0.34
''')
