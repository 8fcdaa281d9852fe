# del of names: globals, locals, and errors after deletion.
a = 1
del a
try:
    print(a)
except NameError as e:
    print("NameError", e)
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(f())
b, c = 1, 2
del b, c
print("b" in globals(), "c" in globals())
