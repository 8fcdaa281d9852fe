# list(), tuple(), dict(), set() constructors from various iterables
print(list(), list("abc"), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list({3: 0}.items()))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(range(2)), tuple({'x': 1}))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({'k': 'v'}), dict([('a', 1)], b=2))
print(dict(zip(range(3), "abc")), dict([(i, i * i) for i in range(3)]))
print(set(), set([3, 1, 2, 1]), set((5,)), set(range(4)), set({'a': 1}))
print(sorted(set("hello")), len(set("mississippi")))
print(list(map(str, [1, 2])), tuple(reversed([1, 2, 3])), list(enumerate("ab")))
lst = [1, 2]
copy = list(lst)
copy.append(3)
print(lst, copy, copy is lst)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
