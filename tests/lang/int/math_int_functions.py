# math functions on huge/negative ints: factorial, isqrt, gcd, comb, log, ldexp and their errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import math
math.factorial(0), math.factorial(20), math.factorial(True)
math.factorial(-1)
math.factorial(5.0)
math.factorial(10**20)
math.isqrt(10**100), math.isqrt(2**1001 - 1) % 10**9, math.isqrt(0), math.isqrt(True)
math.isqrt(-1)
math.isqrt(4.0)
math.gcd(2**200, 6**50), math.gcd(), math.gcd(-12, 18), math.gcd(0, -5), math.lcm(4, 6, -10), math.lcm(), math.lcm(0, 5)
math.gcd(1.5, 2)
math.comb(100, 50), math.perm(10, 3), math.comb(5, 10), math.perm(5), math.comb(10**3, 3)
math.comb(-1, 2)
math.perm(5, -1)
math.comb(5.0, 2)
math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2)
math.log(-(10**400))
math.sqrt(10**400)
math.floor(10**400), math.ceil(-(10**400)) == -(10**400), math.trunc(-(10**30)), math.prod(range(1, 30)), math.prod([1.5, 2])
math.ldexp(1, 10**20)
math.ldexp(1, -(10**20)), math.ldexp(-1.0, -(10**20)), math.frexp(1e300), math.frexp(0.0), math.frexp(-5e-324)
math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(-7, 2), math.modf(-3.5), math.modf(float('inf'))
math.isfinite(10**400)
math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.nextafter(0.0, -1.0)
''')
