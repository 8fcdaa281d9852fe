# Imaginary literals.
print(1j, 1J, 0j, 2.5j, .5j, 1e3j, 10_0j)
print(1 + 2j, (1 + 2j) * 1j, type(3j).__name__)
print(3j.imag, 3j.real, -0j)
print(0o7 + 1j, 1e-2J)
