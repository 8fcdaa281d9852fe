# obj.m(*args, **kw): bound methods, classmethods, staticmethods, super().
class A:
    def m(self, *a, **k):
        return ('A.m', type(self).__name__, a, sorted(k.items()))

    @classmethod
    def c(cls, *a, **k):
        return ('c', cls.__name__, a, k)

    @staticmethod
    def s(*a, **k):
        return ('s', a, k)


class B(A):
    def m(self, *a, **k):
        return ('B.m',) + super().m(*a, **k)


args = (1, 2)
kw = {'z': 3}
b = B()
print(b.m(*args, **kw))
print(b.c(*args, **kw))
print(B.s(*args, **kw))
print(A.m(b, *args))
print(b.m(*[], **{}))
try:
    A.m(*(), **kw)
except TypeError as e:
    print(e)
