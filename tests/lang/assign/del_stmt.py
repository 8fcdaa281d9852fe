# del of names, subscripts, slices
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b = 1, 2
del a, b
for name in ('a', 'b'):
    try:
        print(name, a if name == 'a' else b)
    except NameError as e:
        print("deleted:", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
lst = [1, 2, 3]
del lst[:]
print(lst)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
