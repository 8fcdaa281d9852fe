# Negative indexes on sequences
lst = ['a', 'b', 'c', 'd']
for i in range(-4, 4):
    print(i, lst[i], "xyzw"[i], (10, 20, 30, 40)[i], range(100, 104)[i])
lst[-2] = 'C'
print(lst)
del lst[-1]
print(lst)
lst.insert(-1, 'ins')
print(lst)
print(lst.pop(-2), lst)
print("hello"[-1], "hello"[-5])
