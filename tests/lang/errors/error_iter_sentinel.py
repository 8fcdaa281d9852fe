# ZeroDivisionError propagating out of iter(callable, sentinel)
vals = [3, 2, 1, 0]
def nxt():
    v = vals.pop(0)
    return 6 // v
for x in iter(nxt, -1):
    print(x)
