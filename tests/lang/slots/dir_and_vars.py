# dir() lists slot names; __slots__ is kept as given.
class C:
    __slots__ = ('beta', 'alpha')


c = C()
c.alpha = 1
names = dir(c)
print('alpha' in names, 'beta' in names, '__dict__' in names, '__slots__' in names)
print(C.__slots__, type(C.__slots__).__name__)
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(getattr(c, 'beta', None))
