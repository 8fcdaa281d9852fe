# while loops with compound conditions and multiple exits
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2**64, 2**40 * 3))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**20), isqrt(99), isqrt(2**127))
stack = [1, 2, 3, 4, 5]
while stack and stack[-1] > 2:
    print("pop", stack.pop())
print(stack)
lo, hi = 0, 1000
target = 377
steps = 0
while lo < hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid < target:
        lo = mid + 1
    else:
        hi = mid
print(lo, steps)
