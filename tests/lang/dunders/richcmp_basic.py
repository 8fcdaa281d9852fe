# Rich comparisons reach __lt__/__le__/__eq__/__ne__/__gt__/__ge__
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt'); return self.v < o.v
    def __le__(self, o): print('le'); return self.v <= o.v
    def __eq__(self, o): print('eq'); return self.v == o.v
    def __gt__(self, o): print('gt'); return self.v > o.v
    def __ge__(self, o): print('ge'); return self.v >= o.v
a, b = V(1), V(2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted([V(2), V(1)])[0].v)
print(max(V(5), V(9)).v)
print(1 < 2 < 3, a < b < V(3))
