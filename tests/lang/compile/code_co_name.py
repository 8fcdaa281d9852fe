# co_name of module, function, lambda, class body, comprehension and generator code.
def outer():
    def inner(): pass
    return inner
print(compile("1", "f", "exec").co_name)
print(outer.__code__.co_name, outer().__code__.co_name)
print((lambda: 0).__code__.co_name)
g = (x for x in [1])
print(g.gi_code.co_name)
class C:
    def m(self): pass
print(C.m.__code__.co_name)
print(type((lambda: 0).__code__).__name__)
print(outer.__code__.co_qualname, outer().__code__.co_qualname)
