# Arithmetic on builtin numeric subclasses returns the base type unless overridden
class I(int): pass
class F(float): pass
class C(complex): pass
for v in (I(3), F(2.5), C(1+1j)):
    results = [v + 1, v * 2, -v, +v, abs(v), v ** 1]
    print(type(v).__name__, [type(r).__name__ for r in results])
print(type(I(3) // 2).__name__, type(divmod(I(7), 2)[0]).__name__, type(I(3) << 1).__name__, type(~I(3)).__name__)
print(type(round(F(2.5))).__name__, type(F(2.5).real).__name__, type(I(5).real).__name__, type(I(5).numerator).__name__)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__, type(-True).__name__)
