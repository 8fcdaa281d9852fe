# Starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "abc"
print(a)
a, *b = "x"
print(a, b)
first, *middle, last = "hello"
print(first, middle, last)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
a, *b = [9, 8]
print(a, b)
head, *tail = {1: 'a', 2: 'b', 3: 'c'}
print(head, tail)
*init, end = (5,)
print(init, end)
print(type(b).__name__)
