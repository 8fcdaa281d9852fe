# Data descriptors beat the instance dict; non-data descriptors lose to it
class Data:
    def __get__(self, obj, owner): return 'data descriptor'
    def __set__(self, obj, value): print('Data.__set__', value)
class NonData:
    def __get__(self, obj, owner): return 'non-data descriptor'
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n)
c.d = 5
c.n = 6
print(c.__dict__)
print(C.d, C.n)
class OnlyDelete:
    def __get__(self, o, t): return 'get'
    def __delete__(self, o): print('delete')
class D:
    x = OnlyDelete()
d = D()
d.__dict__['x'] = 'inst'
print(d.x)
del d.x
