# min() and max() with key= and default=
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max({'a': 3, 'b': 9, 'c': 1}, key=lambda k: {'a': 3, 'b': 9, 'c': 1}[k]))
print(max(1, 2.5, True), min(-1, -1.5), max([[1, 2], [1, 3], [0, 9]]))
print(max(["aa", "b", "cc"], key=len), min([(2, 'x'), (1, 'y'), (1, 'a')]))
print(max(range(10), key=lambda x: (x % 3, x)), min(range(1, 10), key=lambda x: abs(x - 5.2)))
print(max(10 ** 20, 10 ** 19), min(-10 ** 20, 5))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 'a')
except TypeError as e:
    print("TypeError:", e)
