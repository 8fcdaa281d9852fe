# exec() and eval() without namespaces use the function's locals() dict.
def f():
    a = 1
    exec("b = a + 1")
    d = locals()
    print(d["b"], "b" in d)
    exec("a = 100")
    print(a, locals()["a"])
    return eval("a + 1")
print(f())
def g():
    x = 5
    return eval("sorted(locals())")
print(g())
