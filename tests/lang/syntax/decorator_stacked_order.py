# Stacked decorators: evaluated top-down, applied bottom-up.
order = []
def deco(tag):
    order.append("make " + tag)
    def apply(fn):
        order.append("apply " + tag)
        def inner():
            return tag + "(" + fn() + ")"
        return inner
    return apply

@deco("a")
@deco("b")
@deco("c")
def f():
    return "f"

print(order)
print(f())
