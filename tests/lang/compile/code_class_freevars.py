# __class__ cell for methods using super() or __class__; class-level captures.
class A:
    def who(self): return "A"
class B(A):
    def who(self):
        return "B" + super().who()
    def cls(self):
        return __class__
    def plain(self):
        return 1
print(B().who(), B().cls().__name__)
print(B.who.__code__.co_freevars, B.cls.__code__.co_freevars, B.plain.__code__.co_freevars)
def make():
    v = "captured"
    class C:
        def get(self):
            return v
    return C
print(make().get.__code__.co_freevars, make()().get())
print(make.__code__.co_cellvars)
