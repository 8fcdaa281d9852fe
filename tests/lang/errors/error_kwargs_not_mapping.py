# TypeError: argument after ** must be a mapping, not list
def f(**kw):
    return kw
print(f(**{"a": 1}))
f(**[1, 2])
