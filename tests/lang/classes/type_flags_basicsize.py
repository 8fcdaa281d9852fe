# __flags__ marks heap types; __basicsize__ grows with slots.
class Plain:
    pass


class Slotted:
    __slots__ = ('a', 'b')


HEAPTYPE = 1 << 9
print(bool(Plain.__flags__ & HEAPTYPE), bool(int.__flags__ & HEAPTYPE), bool(object.__flags__ & HEAPTYPE))
print(Slotted.__basicsize__ - object.__basicsize__)
print(bool(list.__flags__ & (1 << 25)), bool(dict.__flags__ & (1 << 29)), bool(Plain.__flags__ & (1 << 25)))
print(type(Plain.__flags__).__name__)
