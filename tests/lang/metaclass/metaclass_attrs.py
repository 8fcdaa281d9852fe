# Metaclass attributes and methods are visible on the class but not on instances
class Meta(type):
    meta_attr = 'from meta'
    def meta_method(cls): return f'meta_method on {cls.__name__}'
    @property
    def meta_prop(cls): return 'meta prop ' + cls.__name__
    def __repr__(cls): return f'<Class {cls.__name__}>'
    def __len__(cls): return 3
    def __getitem__(cls, k): return f'{cls.__name__}[{k}]'
class A(metaclass=Meta):
    own = 'own'
print(A.meta_attr, A.meta_method(), A.meta_prop, repr(A), len(A), A['k'])
print(hasattr(A(), 'meta_attr'), hasattr(A(), 'meta_method'), 'meta_attr' in dir(A))
class Shadow(metaclass=Meta):
    meta_attr = 'class wins'
print(Shadow.meta_attr, A.__class__.__name__, Meta.__class__.__name__)
try:
    A().meta_method()
except AttributeError as e:
    print(e)
