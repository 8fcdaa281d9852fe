# Default parameter values are evaluated once at definition time
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punct="."))
n = 5
def f(x=n):
    return x
n = 10
print(f(), f(1))
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2), g(3, [0]))
def h(a=1, b=2, c=3):
    return a * 100 + b * 10 + c
print(h(), h(9), h(9, 8), h(c=0), h(b=0, a=0))
print(f.__defaults__, h.__defaults__)
