# break and continue are allowed in loops nested inside except* blocks, and
# around a try/except*.
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        for j in range(5):
            if j == 2:
                break
            if j == 0:
                continue
            print(i, j)
    if i == 1:
        continue
    print("end", i)
def f():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        def inner():
            return "inner return ok"
        print(inner())
    return "done"
print(f())
