# Arbitrary precision integer arithmetic: factorials, powers, division, str().
import sys

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def pi_digits(n):
    # Machin's formula in fixed point.
    scale = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


def main():
    f = fact(3000)
    print("fact", len(str(f)), f % 1000000007)
    g = fib(20000)
    print("fib", g.bit_length(), g % 999983)
    p = pi_digits(3000)
    print("pi", p[:20], p[-10:])
    s = str(10 ** 100000)
    print("pow10", len(s), s[:3])
    x = 3 ** 50000
    q, r = divmod(x, 7 ** 9000)
    print("divmod", q.bit_length(), r % 1000)
    print("pow", pow(12345, 10 ** 6, 10 ** 40 + 7))
    acc = 0
    for i in range(1, 20000):
        acc += (i << 200) // (i + 1) ^ (i * 3)
    print("mixed", acc % 10 ** 12)
    print("parse", int("7" * 20000) % 1000003)


main()
