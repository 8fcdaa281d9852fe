# copy of builtin-subclass instances with attributes, via __reduce_ex__ and copyreg.
import copy


class Counter(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self.total = 0


c = Counter({'a': 1})
c.total = 5
d = copy.copy(c)
print(type(d).__name__, d, d.total)
e = copy.deepcopy(c)
print(e, e.total, e is not c)


class Seq(list):
    pass


s = Seq([[1], [2]])
s.name = 'seq'
t = copy.deepcopy(s)
print(t, t.name, t[0] is s[0])
