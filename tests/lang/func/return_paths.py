# return from loops, nested blocks, and try
def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_neg([1, -2, 3]), first_neg([1]))
def in_while():
    i = 0
    while True:
        i += 1
        if i == 7:
            return i
print(in_while())
def nested():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return (i, j)
print(nested())
def in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(in_try())
def returns_func():
    return returns_func
print(returns_func()()() is returns_func)
def bare():
    return
print(bare())
def tup():
    return 1,
print(tup())
