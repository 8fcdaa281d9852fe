# Nested classes and functions: __qualname__ and __name__.
class Outer:
    class Inner:
        def m(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.__qualname__, Outer.Inner.__qualname__)
print(Outer.Inner.m.__qualname__)
print(Outer().method().__qualname__)
def f():
    class L:
        pass
    return L
print(f().__qualname__, f().__name__)
print((lambda: 0).__qualname__)
