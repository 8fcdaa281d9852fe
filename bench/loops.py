# Nested integer loops with arithmetic, bitwise ops and comparisons.
def kernel(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            x = i * j + (i ^ j)
            if x % 3 == 0:
                acc += x >> 1
            elif x & 4:
                acc -= j
            else:
                acc += i - j
        acc %= 1000000007
    return acc


def while_loop(n):
    i = 0
    s = 0
    while i < n:
        s += i * i % 7
        i += 1
    return s


def main():
    a = kernel(1800)
    b = while_loop(3000000)
    print("kernel", a)
    print("while", b)
    print("checksum", (a * 31 + b) % 1000000007)


main()
