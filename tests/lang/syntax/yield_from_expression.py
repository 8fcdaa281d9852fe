# yield from delegates and evaluates to the sub-generator's return value.
def sub(n):
    for i in range(n):
        got = yield i
        if got:
            print("sub got", got)
    return "sub-result-%d" % n
def main():
    r1 = yield from sub(2)
    r2 = yield from sub(1)
    yield r1, r2
    r3 = yield from [10, 11]
    yield r3
g = main()
print(next(g), g.send("hi"), next(g), next(g), next(g), next(g))
print(list(g))
