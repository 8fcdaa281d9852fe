# argument counts in messages for bound methods exclude self
class C:
    def m(self, a):
        pass
    @staticmethod
    def s(a):
        pass
    @classmethod
    def c(cls, a):
        pass
for call in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.s(), lambda: C.c(1, 2), lambda: C.m()]:
    try:
        call()
    except TypeError as e:
        print(e)
