# copy.copy and copy.deepcopy of plain instances go through object.__reduce_ex__.
import copy


class Box:
    def __init__(self, items):
        self.items = items
        self.label = 'box'


b = Box([1, [2, 3]])
s = copy.copy(b)
d = copy.deepcopy(b)
print(type(s).__name__, s.label, s.items, s.items is b.items)
print(type(d).__name__, d.items, d.items is b.items, d.items[1] is b.items[1])
print(s is b, d is b)


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)
