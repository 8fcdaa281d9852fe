# finally runs on return/break/continue; return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("finally in f")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f(), g(), h())
