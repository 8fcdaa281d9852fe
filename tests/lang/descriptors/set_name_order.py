# __set_name__ is called in definition order, before __init_subclass__, also via type()
class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        print('set_name', self.tag, owner.__name__, name)
class Base:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__)
class C(Base):
    b = D('first')
    a = D('second')
    c = D('third')
T = type('T', (Base,), {'z': D('dyn'), 'y': D('dyn2')})
class Late: pass
Late.d = D('late')  # assignment after creation: no call
print('done')
