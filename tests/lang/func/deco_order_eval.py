# decorator expressions are evaluated before defaults and the def
log = []
def d(name):
    log.append("deco " + name)
    return lambda f: (log.append("apply " + name), f)[1]
def dv(v):
    log.append("default")
    return v
@d("outer")
@d("inner")
def f(x=dv(1)):
    return x
print(log)
print(f())
