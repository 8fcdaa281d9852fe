import cmath, math
for z in [1, -1, 1j, -1j, 2 + 3j, -2 - 3j, 1e-300j, 1e300 + 1e300j, 0.5, 0.7 + 0.7j, complex(1, -0.0), complex(-1, -0.0)]:
    print(z, cmath.log(z), cmath.log(z, 2), cmath.log(z, 1j + 2), cmath.log10(z), cmath.polar(z), cmath.phase(z))
for r, phi in [(1, 0), (2, math.pi), (1, -math.pi / 2), (0.5, 1), (3, 1e10), (-1, 0.5)]:
    print(r, phi, cmath.rect(r, phi))
print(cmath.exp(1j * math.pi), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.exp(cmath.log(3 + 4j)))
print(abs(cmath.sin(1 + 1j) ** 2 + cmath.cos(1 + 1j) ** 2 - 1) < 1e-15, cmath.tan(1j), cmath.atan(2j))
print(cmath.asin(2), cmath.acos(2), cmath.acosh(0), cmath.asinh(1j), cmath.atanh(2), cmath.atan(0.5j))
