# __set_name__ is called at class creation with the owner and the attribute name
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class A:
    first = Named()
    second = Named()
    other = 5
print(A.first.name, A.second.name)
n = Named()
class B:
    alias1 = n
    alias2 = n
print(n.name)
class C: pass
C.late = Named()   # not called for later assignment
print(hasattr(C.late, 'name'))
T = type('T', (), {'dyn': Named()})
class Err:
    def __set_name__(self, owner, name): raise ValueError('bad ' + name)
class X:
    e = Err()
