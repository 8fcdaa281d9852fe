# co_positions(): one (line, end_line, col, end_col) per instruction, None where unknown.
def g(a, b):
    return a.real + \
        b.imag


ok = True
for pos in g.__code__.co_positions():
    ok = ok and type(pos) is tuple and len(pos) == 4
    ok = ok and all(v is None or type(v) is int for v in pos)
    if pos[0] is not None and pos[1] is not None:
        ok = ok and pos[0] <= pos[1]
print(ok)
first = g.__code__.co_firstlineno
spans = {(p[0] - first, p[1] - first) for p in g.__code__.co_positions() if p[0] and p[0] > first}
print(sorted(spans))
cols = {p[2:] for p in g.__code__.co_positions() if p[0] == first + 1 and p[1] == first + 1}
print((11, 17) in cols)
