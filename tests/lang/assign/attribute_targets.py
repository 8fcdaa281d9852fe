# Attribute assignment on function objects
def f():
    return f.counter

f.counter = 0
print(f())
f.counter += 5
print(f())
f.label = "fn"
print(f.label)
print(hasattr(f, 'label'), hasattr(f, 'nope'))
setattr(f, 'other', [1, 2])
f.other.append(3)
print(getattr(f, 'other'))
print(f.__name__)
def g():
    pass
g.a = g.b = 7
print(g.a, g.b)
g.x, g.y = 1, 2
print(g.x + g.y)
del g.a
print(hasattr(g, 'a'), hasattr(g, 'b'))
print(getattr(g, 'a', 'default'))
