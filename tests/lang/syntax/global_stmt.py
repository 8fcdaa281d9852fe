# global declarations in functions and nested functions.
counter = 0
def bump():
    global counter
    counter += 1
def make():
    global created
    created = "yes"
bump(); bump()
make()
print(counter, created)
def outer():
    x = "local"
    def inner():
        global x
        x = "global x"
    inner()
    return x
print(outer(), x)
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1, a2)
