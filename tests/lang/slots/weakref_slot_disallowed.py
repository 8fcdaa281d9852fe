# __weakref__ may appear once, and not where the base already has weak references.
class HasWeak:
    __slots__ = ('__weakref__',)


for bases, slots in [((), ('__weakref__', '__weakref__')), ((HasWeak,), ('__weakref__',)), ((object,), ('__weakref__', 'x'))]:
    try:
        C = type('C', bases, {'__slots__': slots})
        print('ok', sorted(k for k in C.__dict__ if not k.startswith('__m')))
    except TypeError as e:
        print(type(e).__name__, e)


class P:
    pass


class Q(P):
    __slots__ = ('__weakref__',)
