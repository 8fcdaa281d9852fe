# co_names holds global, attribute and imported names used by the code.
def f(obj):
    print(len(obj))
    return obj.attribute.other
print(sorted(f.__code__.co_names))
def g():
    global counter
    counter = 1
    import sys
    return sys.maxsize
print(sorted(g.__code__.co_names))
c = compile("import sys\nx = y.z\n", "m", "exec")
print(sorted(c.co_names))
def h(a):
    return a
print(h.__code__.co_names)
