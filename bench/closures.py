# Calls through closures, lambdas and higher-order functions.
def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main():
    add3 = make_adder(3)
    mul2 = lambda x: (x * 2) % 1000003
    both = compose(add3, mul2)
    a = apply_n(both, 1600000, 1)
    counter = make_counter()
    for i in range(1600000):
        counter(i & 7)
    b = counter(0)
    adders = [make_adder(i) for i in range(100)]
    c = 0
    for rep in range(8000):
        for f in adders:
            c = f(c) % 1000000007
    key = lambda p: (p[1], -p[0])
    pairs = [(i, (i * 7919) % 1009) for i in range(200000)]
    d = sorted(pairs, key=key)[123456][0]
    print("compose", a)
    print("counter", b)
    print("adders", c)
    print("sorted", d)
    print("checksum", (a + b + c + d) % 1000000007)


main()
