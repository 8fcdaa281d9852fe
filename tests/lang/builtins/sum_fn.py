# sum() with start
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2.5]))
print(sum([1, 2], 10), sum([], 5), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([True, True, True]), sum([10 ** 20, 10 ** 20]))
print(sum(range(10), start=100), sum([-1, -2, -3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
