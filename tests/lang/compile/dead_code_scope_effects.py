# Unreachable assignments still affect scope: a name assigned anywhere is local.
x = "global"
def f():
    if False:
        x = "never"
    try:
        return x
    except UnboundLocalError:
        return "UnboundLocalError"
print(f())
def g():
    return x
    x = 1
try:
    print(g())
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def h():
    while 0:
        global later
    later = "set"
h()
print(later)
