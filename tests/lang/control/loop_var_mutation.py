# Mutating the loop variable doesn't affect iteration; mutating list while iterating
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)
print(i)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x)
print(lst)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
    print("saw", x)
print(lst)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
