# Late binding of closure variables in loops
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
def make():
    funcs = []
    for k in range(3):
        def g():
            return k * 10
        funcs.append(g)
    return funcs
print([f() for f in make()])
def make2():
    def bind(k):
        return lambda: k * 10
    return [bind(k) for k in range(3)]
print([f() for f in make2()])
x = 'global'
def show():
    return x
x = 'rebound'
print(show())
