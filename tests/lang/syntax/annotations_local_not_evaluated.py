# Local annotations are not evaluated; module/class ones are.
def f():
    x: undefined_name_here = 1
    y: 1 / 0
    return x
print(f())
log = []
def note(v):
    log.append(v)
    return v
a: note("module") = 1
class K:
    b: note("class") = 2
print(log)
print(f.__code__.co_varnames)
