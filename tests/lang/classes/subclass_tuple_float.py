# tuple and float subclasses
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f'P{tuple.__repr__(self)}'
p = P(1, 2)
print(p, p.x, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))
class F(float):
    def __str__(self): return 'F!'
f = F(1.5)
print(f, repr(f), f + 1, type(f + 1).__name__, f'{f}', f'{f:.2f}', round(f))
print(F('2.5'), float(f), type(float(f)).__name__)
try:
    P(1)
except TypeError as e:
    print(e)
