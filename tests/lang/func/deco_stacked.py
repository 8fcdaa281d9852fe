# stacked decorators apply bottom-up, and run top-down
def tag(name):
    print("make", name)
    def deco(fn):
        print("apply", name)
        def w(*a):
            return name + "(" + fn(*a) + ")"
        return w
    return deco
@tag("a")
@tag("b")
@tag("c")
def f(x):
    return x
print(f("x"))
