class E:
    def __init__(self, *r): self.r = r
    def __mro_entries__(self, bases):
        print('entries', [type(b).__name__ for b in bases])
        return self.r
class A(E(int), E()):
    pass
print(A.__bases__, [type(b).__name__ for b in A.__orig_bases__])
class B(E(dict), object):
    pass
print(B.__bases__, B.__mro__)
class C(E()):
    pass
print(C.__bases__, '__orig_bases__' in C.__dict__)
class D(int):
    pass
print('__orig_bases__' in D.__dict__)
