# A second __dict__ slot, or one under a base that has a dict, is refused.
class Plain:
    pass


for bases, slots in [((), ('__dict__', '__dict__')), ((Plain,), ('__dict__',))]:
    try:
        type('C', bases, {'__slots__': slots})
    except TypeError as e:
        print(type(e).__name__, e)


class S:
    __slots__ = ('__dict__',)


class T(S):
    __slots__ = ('__dict__',)
