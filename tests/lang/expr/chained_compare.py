# Chained comparisons evaluate each operand at most once
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != None)
print(1 < 2 > 0, 1 < 2 > 3, 'a' < 'b' < 'c' <= 'c')
print(1 in [1] in [[1]], 2 not in [1] == True)
a = b = [1]
print(a is b is a, a is b is not None)
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 4 < 5 < 5)
