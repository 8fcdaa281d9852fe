# Assignment to subscripts of lists and dicts
lst = [0, 1, 2, 3, 4]
lst[0] = 'a'
lst[-1] = 'z'
print(lst)
lst[1:3] = ['x', 'y', 'extra']
print(lst)
lst[::2] = [7, 8, 9]
print(lst)
d = {}
d['k'] = 1
d[2] = 'two'
d[(1, 2)] = 'tuple key'
d['k'] = 'overwritten'
print(d)
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested)
dd = {'a': {'b': 1}}
dd['a']['c'] = 2
print(dd)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
m = [[0] * 3 for _ in range(3)]
for r in range(3):
    m[r][r] = 1
print(m)
d2 = {True: 'bool'}
d2[1] = 'int'
d2[1.0] = 'float'
print(d2)
