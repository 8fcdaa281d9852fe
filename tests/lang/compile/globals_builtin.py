# globals() returns the live module namespace.
g = globals()
print(g is globals(), type(g).__name__)
g["made_via_globals"] = 123
print(made_via_globals)
print(g["__name__"], "__builtins__" in g, "print" in g)
def f():
    return globals() is g
print(f())
before = set(g)
new_name = 1
print(sorted(set(globals()) - before))
