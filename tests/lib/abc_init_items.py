# _abc._abc_init reads a namespace's items() as CPython does: any iterable of
# two per item, with CPython's errors for non-iterables and wrong sizes.
import _abc
class NS:
    def __init__(self, items):
        self._items = items
        self.__bases__ = ()
    @property
    def __dict__(self):
        outer = self
        class M:
            def items(self):
                return outer._items
        return M()
for items in ([5], ["ab"], [("a",1,2)], [iter(("a",1))], [b"xy"], [{"k":1, "j":2}]):
    try:
        o = NS(items); _abc._abc_init(o); print(o.__abstractmethods__)
    except Exception as e:
        print(type(e).__name__, e)
class NS2(NS):
    @property
    def __dict__(self):
        return {"x": 1}
_abc._abc_init(NS2([])); print("ok")
class NS3(NS):
    @property
    def __dict__(self):
        return 5
try: _abc._abc_init(NS3([]))
except Exception as e: print(type(e).__name__, e)
