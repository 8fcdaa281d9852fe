# global declarations
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global created
    created = "made inside"
create()
print(created)
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def read_only():
    return x + '!'
print(read_only())
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
