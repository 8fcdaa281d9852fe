import math
# Exact big results: binary-splitting factorial, comb/perm, isqrt of huge squares.
f = math.factorial(10000)
print(f.bit_length(), f % 1000000007, f % (2**61 - 1))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21), math.factorial(25))
for n in (30, 100, 255):
    print(n, math.factorial(n) == math.prod(range(1, n + 1)))
n = 3**500
print(math.isqrt(n * n) == n, math.isqrt(n * n - 1) == n - 1, math.isqrt(n * n + 2 * n) == n)
for k in range(0, 200, 7):
    r = math.isqrt(k ** 7 + 12345)
    print(r, r * r <= k ** 7 + 12345 < (r + 1) ** 2)
print(math.comb(1000, 500) % 10**12, math.perm(1000, 20) % 10**12)
print(math.comb(10**20, 2), math.perm(10**20, 2))
print(sum(math.comb(30, k) for k in range(31)) == 2**30)
print(math.lcm(2**64, 3**40, 10), math.gcd(2**200 * 3, 2**150 * 9))
