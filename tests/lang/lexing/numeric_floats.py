# Float literals: leading/trailing dots, exponents in any case.
print(1., .5, 1.5, 0.0, 00.5)
print(1e3, 1E3, 1e-3, 1.5e+2, .5e1, 5.e-1)
print(1e308 * 10, 1e-400, 2.5e-3)
print(0e0, 00e0, 1_0e1_0)
print(type(1e3).__name__, 1e16, 1e15, 123456789.0)
