# sort stability, keys, reverse and sorted()
people = [('ann', 30), ('bob', 25), ('cy', 30), ('dee', 25), ('eve', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted((2.5, -1, 0)))
nums = [10, -3, 7, 0, -3, 22, 5]
nums.sort(key=lambda x: (x % 3, x))
print(nums)
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted(['b', 'A', 'c', 'B']))
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted({3: 'c', 1: 'a'}.items()))
big = [(i * 7919) % 1009 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], len(s))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
print(sorted([True, False, 2, -1, 0.5]))
