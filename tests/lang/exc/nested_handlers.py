# Nested try statements and exceptions raised inside handlers
def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")
def level1():
    try:
        level2()
    except TypeError:
        print("not this")
try:
    level1()
except ValueError as e:
    print("top caught", e)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print("caught", type(e).__name__, "context:", type(e.__context__).__name__)
try:
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError as e2:
            print("inner handler", e2)
        print("still handling ValueError")
except Exception:
    print("no")
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError
            elif i == 1:
                raise TypeError
        except ValueError:
            print(i, "inner caught ValueError")
    except TypeError:
        print(i, "outer caught TypeError")
    else:
        print(i, "no exception reached outer")
