# Recursive Fibonacci: measures Python-to-Python call overhead.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in (27, 30, 32):
        r = fib(n)
        print(f"fib({n}) = {r}")
        total += r
    print("checksum", total)


main()
