# exec/eval without namespaces use the caller's globals and locals.
x = 1
exec("x = x + 41")
print(x)
print(eval("x * 2"))
def f():
    a = 5
    print(eval("a + 1"))
    exec("b = 7")
    return locals().get("b")
print(f())
exec("new_global = 'made by exec'")
print(new_global)
def g():
    exec("c = 1")
    try:
        return c
    except NameError:
        return "NameError: exec can't create function locals"
print(g())
