# Ordering unrelated types raises TypeError naming the operator
class C: pass
cases = [lambda: C() < C(), lambda: 1 <= 'a', lambda: [1] > (1,), lambda: None >= 0,
         lambda: C() > 3, lambda: {1} < [1], lambda: sorted([C(), C()])]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(e)
print(C() == C(), C() != 3, None == 0)
max(1, 'x')
