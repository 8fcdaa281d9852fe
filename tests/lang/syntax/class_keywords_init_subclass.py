# Class keywords are passed to __init_subclass__.
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__()
        cls.tag = tag
        cls.extra = sorted(kw)
class A(Base, tag="alpha"):
    pass
class B(Base, tag="beta", x=1, y=2):
    pass
opts = {"tag": "gamma"}
class C(Base, **opts):
    pass
print(A.tag, A.extra)
print(B.tag, B.extra)
print(C.tag, C.extra)
