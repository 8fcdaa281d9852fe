# The core of Lib/_weakrefset.py's WeakSet: a set of refs with a removal callback.
import _weakref

ref = _weakref.ref


class WeakSet:
    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)

        self._remove = _remove
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


items = [Item(i) for i in range(5)]
ws = WeakSet(items)
print(len(ws), items[2] in ws, 3 in ws, Item(9) in ws)
del items[1]
print(len(ws), sorted(i.n for i in ws))
items.clear()
print(len(ws), list(ws))
x = Item(7)
ws.add(x)
ws.add(x)
print(len(ws))
