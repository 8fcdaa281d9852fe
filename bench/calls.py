# Calls: positional, keyword, default, *args/**kwargs, methods and builtins.
def pos(a, b, c):
    return a + b + c


def kw(a, b=2, *, c=3):
    return a + b + c


def star(*args, **kwargs):
    return len(args) + len(kwargs)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def run(n):
    total = 0
    p = Point(3, -4)
    args = (1, 2, 3)
    for i in range(n):
        total += pos(i, 2, 3)
        total += kw(i, c=4)
        total += kw(i, b=1)
        total += star(*args, x=1)
        total += pos(*args)
        total += p.norm1()
        total += len(args)
    return total


print(run(1000000))
