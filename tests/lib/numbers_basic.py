# numbers: the numeric tower ABCs and registration.
import decimal
import fractions
import numbers

for v in (1, True, 1.5, 1j, fractions.Fraction(1, 3), decimal.Decimal(1), "1"):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                          numbers.Rational, numbers.Integral)])
print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Integral))

class MyInt:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

numbers.Integral.register(MyInt)
print(isinstance(MyInt(1), numbers.Number), issubclass(MyInt, numbers.Real))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])

class Half(numbers.Real):
    pass

try:
    Half()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
print(sorted(numbers.Complex.__abstractmethods__)[:5])
print(numbers.Number.__hash__ is None, numbers.__all__)
