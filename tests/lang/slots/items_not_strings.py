# __slots__ entries must be strings that are identifiers.
for slots in [(1,), ('ok', 2.5), ('a b',), ('1x',), ('',), [None]]:
    try:
        class C:
            __slots__ = slots
        print('accepted', slots)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class D:
        __slots__ = 3
except TypeError as e:
    print(type(e).__name__, e)
class E:
    __slots__ = (b'x',)
