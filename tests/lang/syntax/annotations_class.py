# Class annotations stored in the class __annotations__.
class C:
    a: int
    b: str = "s"
    c: "List[int]" = []
    def m(self):
        d: int = 1
        return d
print(C.__annotations__)
print(C.b, C().m())
print(hasattr(C, "a"))
class D(C):
    e: float
print(D.__annotations__)
