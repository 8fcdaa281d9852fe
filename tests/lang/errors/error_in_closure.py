# Error raised from a closure after its variable changed
def make():
    d = 5
    def f(x):
        return x // d
    d = 0
    return f
g = make()
print("got closure")
print(g(10))
