# Comprehension variables don't leak; comprehensions see enclosing scope
x = 'outer'
lst = [x for x in range(3)]
print(lst, x)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
def g():
    k = 2
    return {i: k ** i for i in range(4)}
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i for i in range(j)] for j in range(4)])
i = 'keep'
print([i for i in 'ab'], i)
def h(limit):
    return [a for a in range(10) if a < limit]
print(h(4))
class_like = {'a': 1}
print([class_like[k] for k in class_like])
data = [1, 2, 3]
print([data[j] * 2 for j in range(len(data))])
try:
    print(loopvar)
except NameError as e:
    print("NameError:", e)
[loopvar for loopvar in range(2)]
try:
    print(loopvar)
except NameError as e:
    print("NameError:", e)
