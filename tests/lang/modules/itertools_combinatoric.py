# itertools.product, permutations, combinations, combinations_with_replacement
import itertools

print(list(itertools.product('ab', range(3))))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.product()), list(itertools.product(repeat=3)), list(itertools.product('ab', [])))
print(list(itertools.product('ab', 'cd', repeat=0)))
print(len(list(itertools.product(range(3), repeat=4))))
print(list(itertools.permutations(range(3))))
print(list(itertools.permutations('abcd', 2)))
print(list(itertools.permutations('ab', 3)), list(itertools.permutations('abc', 0)), list(itertools.permutations([])))
print(list(itertools.permutations('ab', None)))
print(len(list(itertools.permutations(range(6)))))
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations('ab', 0)), list(itertools.combinations('ab', 3)), list(itertools.combinations('', 0)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement('', 0)), list(itertools.combinations_with_replacement('', 1)))
print(list(itertools.combinations_with_replacement(range(2), 3)))
print(list(itertools.combinations(iterable='abc', r=2)))
p = itertools.permutations([1, 2])
print(next(p), next(p), list(p), list(p))
for f in [lambda: itertools.product(x=1), lambda: itertools.product([1], repeat=-1),
          lambda: itertools.product([1], repeat='a'), lambda: itertools.product(1),
          lambda: itertools.permutations(), lambda: itertools.permutations([1], -1),
          lambda: itertools.permutations([1], 'a'), lambda: itertools.permutations([1], 1.5),
          lambda: itertools.combinations([1]), lambda: itertools.combinations([1], -1),
          lambda: itertools.combinations([1], 'a'), lambda: itertools.combinations_with_replacement([1], -1),
          lambda: itertools.combinations_with_replacement(5, 1), lambda: itertools.combinations([1], 1, 2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class P(itertools.product):
    pass
print(type(P('a')).__name__, list(P('ab', 'c')))
