# Iterating views of various formats, `in`, and builtins that consume them.
m = memoryview(bytes(range(1, 17)))
for f in ['b', 'h', 'H', 'i', 'q', 'c', '?']:
    v = m.cast(f)
    print(f, list(v)[:3], v.tolist() == list(v))
h = m.cast('h')
print(513 in h, 514 in h, sum(h), max(h), min(h), sorted(h)[:2])
print(list(reversed(h[:3])), list(enumerate(h[6:])))
it = iter(h[:2])
print(next(it), next(it), next(it, 'done'), next(it, 'done'))
d = memoryview(bytearray(24)).cast('d')
d[0] = 1.5
d[2] = -2.25
print(list(d), sum(d))
print(list(map(hex, m.cast('I'))))
c = m.cast('c')
print(b''.join(c), b'\x05' in c, 5 in c)
