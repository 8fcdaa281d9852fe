# Empty __slots__ mixins combine with one slotted base; secondary bases may bring a dict.
class Mixin:
    __slots__ = ()

    def describe(self):
        return f"{type(self).__name__}({self.v})"


class Value:
    __slots__ = ('v',)


class Plain:
    pass


class C(Mixin, Value):
    __slots__ = ()


c = C()
c.v = 3
print(c.describe(), hasattr(c, '__dict__'))


class D(Value, Plain):
    __slots__ = ()


d = D()
d.v = 4
d.extra = 'from Plain'
print(d.v, d.__dict__)
