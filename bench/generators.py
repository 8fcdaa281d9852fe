# Generator pipelines and closures: yield, yield from, generator expressions.
def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    yield from (x * x for x in it)


def make_adder(k):
    def add(x):
        return x + k

    return add


def pipeline(n):
    add3 = make_adder(3)
    return sum(add3(x) for x in squares(evens(numbers(n))))


def chained(n):
    total = 0
    for _ in range(n):
        total += sum(x for x in range(20))
    return total


print(pipeline(3000000))
print(chained(100000))
