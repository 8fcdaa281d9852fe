# complex ** with small/large int, float and complex exponents (CPython takes a repeated-multiplication path for small ints)
vals = [1.1+2.3j, -0.7+0.3j, 3-4j, 1e-3+1e3j, 0.5j, -2+0j, 1e150+1e150j]
for z in vals:
    out = []
    for e in [3, 7, 50, 100, 101, -3, -100, 2.0, 7.0, 0.5, -1.5, 1j, 2+0j, 100+0j, 101+0j, 3+1e-300j]:
        try:
            out.append(repr(z ** e))
        except Exception as ex:
            out.append(type(ex).__name__ + ': ' + str(ex))
    print(z, out)
for b in [2, -2, 2.5, -2.5, 0, 0.0, 1e300]:
    out = []
    for e in [1j, 0.5+0.5j, -1j, 2+0j, 0j, complex(0, -0.0)]:
        try:
            out.append(repr(b ** e))
        except Exception as ex:
            out.append(type(ex).__name__ + ': ' + str(ex))
    print(b, out)
