# __subclasses__ lists builtin subclasses (bool is int's) before classes.
print(int.__subclasses__()[:1])
class MyInt(int): pass
names = [c.__name__ for c in int.__subclasses__()]
print('bool' in names, 'MyInt' in names, names.index('bool') < names.index('MyInt'))
print(bool.__subclasses__())
