# list methods
a = [3, 1, 2]
a.append(5); print(a)
a.extend([7, 8]); print(a)
a.extend("xy"); print(a)
a.insert(0, 'first'); print(a)
a.insert(-1, 'before last'); print(a)
a.insert(100, 'end'); print(a)
print(a.pop(), a.pop(0), a.pop(-2)); print(a)
a.remove('x'); print(a)
print(a.index(2), a.count(2), [1, 1, 2, 1].count(1))
print([5, 6, 7, 6].index(6, 2))
a = [4, 1, 3]
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.append(0); print(a, b)
a.clear(); print(a)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
print(sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8]
nums.sort(key=abs); print(nums)
print(a.append(1), [].sort())
