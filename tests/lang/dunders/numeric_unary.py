# Unary dunders: __neg__ __pos__ __abs__ __invert__
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
u = U()
print(-u, +u, abs(u), ~u)
class Nothing: pass
for f in [lambda: -Nothing(), lambda: +Nothing(), lambda: abs(Nothing()), lambda: ~Nothing(),
          lambda: ~1.5, lambda: -'s', lambda: abs([])]:
    try:
        f()
    except TypeError as e:
        print(e)
