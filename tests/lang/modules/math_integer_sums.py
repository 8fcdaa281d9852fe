import math
print(math.factorial(100))
print(math.factorial(10000).bit_length(), math.factorial(10000) % (10**9+7))
print(math.comb(100, 50), math.perm(20, 10), math.comb(5, 7), math.perm(5,0), math.comb(10**30, 3))
print(math.isqrt(10**100), math.isqrt(2**201), math.isqrt(99), math.isqrt(0), math.isqrt(2**64-1), math.isqrt(2**64))
print(math.gcd(2**100, 6**50), math.lcm(*range(1, 30)), math.gcd(0, 0), math.gcd(-5))
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1, 1e-16, 1e-16]), math.fsum(x/7 for x in range(1000)))
print(math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(*range(10)), math.dist((1, 2, 3), [4, 6, 8]), math.hypot(1.1, 2.2, 3.3))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log10(1000), math.log2(1024), math.log(10**400), math.log(2.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.pi, math.e, math.tau, math.inf, math.nan)

for i in range(-20, 40):
    x = i / 4
    try:
        print(x, round(math.gamma(x), 9), round(math.lgamma(x), 9))
    except ValueError as e:
        print(x, e)
