# Hybrid (diamond) inheritance: cooperative super() visits each class once
class Base:
    def __init__(self):
        print('Base'); 
class L(Base):
    def __init__(self):
        print('L in'); super().__init__(); print('L out')
class R(Base):
    def __init__(self):
        print('R in'); super().__init__(); print('R out')
class D(L, R):
    def __init__(self):
        print('D in'); super().__init__(); print('D out')
D()
print([c.__name__ for c in D.__mro__])
print(D.mro() == list(D.__mro__))
