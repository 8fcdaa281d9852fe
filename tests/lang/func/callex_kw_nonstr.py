# f(**d) with a non-str key: TypeError, for Python and builtin callees.
def f(**kw):
    return kw

def g(a, b=2):
    return a + b

for callee in (f, g, dict, print):
    try:
        callee(**{1: 2})
    except TypeError as e:
        print(callee.__name__, type(e).__name__, e)
print(f(**{'x': 1}, **{'y': 2}))
