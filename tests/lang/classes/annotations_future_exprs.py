# Annotation strings for many expression kinds under the annotations future.
from __future__ import annotations
a: x[b, c]
b: x[(b,)]
c: x[()]
d: x[1:2, ::3]
e: (a, b)
f: -x ** -y
g: (-x) ** y
h: not a and (b or c)
i: a if b else (c if d else e)
j: lambda: 1
k: lambda x, /, y=2, *a, z, **kw: x
l: f(*a, b, k=1, **kw)
m: f(x for x in y if x)
n: [x async for x in y]
o: {**a, 'b': 1}
p: {1, 2}
q: {k: v for k, v in d}
r: a < b <= c is not d not in e
s: f'{x!r:>{w}} {{lit}} {y=}'
t: 1 .real
x: u'text'
y: b'bytes'
z: ...
aa: a.b[c](d).e
ab: 3 + 4 * (5 - 6) // 7 % 8 @ m
ac: a | b & c ^ d << e >> f
ae: 1e100 + 1j + 0.5
af: 'it\'s "q"'
ag: {}
ah: []
ai: (1,)
aj: ~x
ak: (a, *b)
al: x[*a]
for k, v in __annotations__.items():
    print(k, v)
