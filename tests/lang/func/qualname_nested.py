# __qualname__ for nested functions, methods and lambdas
class C:
    def m(self):
        def inner():
            return lambda: 0
        return inner
    class D:
        def n(self):
            pass

print(C.m.__qualname__)
print(C().m().__qualname__)
print(C().m()().__qualname__)
print(C.D.n.__qualname__)
def f():
    class L:
        def g(self):
            pass
    return L
print(f().g.__qualname__)
