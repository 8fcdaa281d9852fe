# The annotation strings use CPython's spacing and minimal parentheses.
from __future__ import annotations

a: x[b,c]
b: -x**-y
c: (-x)**y
d: not a and (b or c)
e: a if b else(c if d else e)
f: f(*a, b, k=1, **kw)
g: [i for i in y if i]
h: {**a, 'b': 1}
i: a<b<=c is not d not in e
j: f'{x!r:>{w}} {{lit}}'
k: 1 .real
l: lambda x, *a, k=1: x
m: 3 + 4*(5 - 6)//7
n: a|b&c^d<<e
o: x[1:2, ::3]
p: ( 1, )
q: ...
print('\n'.join(f'{k}: {v}' for k, v in __annotations__.items()))
