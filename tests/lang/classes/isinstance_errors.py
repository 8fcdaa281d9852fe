# issubclass/isinstance argument errors
def check(f, *a):
    try:
        print(f(*a))
    except TypeError as e:
        print('TypeError:', e)
check(issubclass, 1, int)
check(issubclass, int, 1)
check(isinstance, 1, 1)
check(isinstance, 1, (int, 1))
check(issubclass, int, (str, 'x'))
check(isinstance, 1, list[int])
check(issubclass, list, list[int])
check(isinstance, 1)
issubclass([], list)
